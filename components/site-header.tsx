import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { NavLink } from "@/components/nav-link";

export const navItems = [
  { href: "/check", key: "check" },
  { href: "/policies", key: "policies" },
  { href: "/staff", key: "staff" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("header.productName")}
        </Link>
        <div className="ml-auto sm:order-last sm:ml-0">
          <LocaleSwitch />
        </div>
        <nav
          aria-label={t("nav.label")}
          className="-mx-3 flex w-full gap-1 overflow-x-auto sm:mx-0 sm:ml-auto sm:w-auto"
        >
          {navItems.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
      </div>
    </header>
  );
}
