"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

export type WorkspaceLink = { readonly href: string; readonly label: string };

/** The workspace's section links; the current section is marked for screen readers. */
export function WorkspaceNav({ label, links }: { label: string; links: readonly WorkspaceLink[] }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/staff"
      ? pathname === "/staff" || pathname.startsWith("/staff/clients")
      : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="-mx-1 flex gap-1 overflow-x-auto">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={current(l.href) ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap",
            current(l.href) ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
