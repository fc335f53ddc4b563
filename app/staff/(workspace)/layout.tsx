import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { currentSession } from "@/lib/auth/session";
import { logout } from "./actions";
import { WorkspaceNav } from "./workspace-nav";

/**
 * The service-centre workspace: who is logged in, the sections, logout. Each page checks the
 * session itself (a layout is not re-run on every navigation) and sends a visitor without one to
 * the login with the page's own address to come back to.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const session = await currentSession();
  if (!session) return <>{children}</>;
  const { actor } = session;
  const t = await getTranslations("staff");
  const links = [
    { href: "/staff", label: t("nav.clients") },
    { href: "/staff/worklist", label: t("nav.worklist") },
    { href: "/staff/impact", label: t("nav.impact") },
    { href: "/staff/batch", label: t("nav.batch") },
    { href: "/staff/rules", label: t("nav.rules") },
    ...(actor.role === "admin"
      ? [
          { href: "/staff/audit", label: t("nav.audit") },
          { href: "/staff/admin", label: t("nav.admin") },
        ]
      : []),
    { href: "/staff/account", label: t("nav.account") },
  ];
  return (
    <div className="space-y-6">
      <div className="no-print space-y-3 border-b border-slate-200 pb-3">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <p>
            <span className="font-medium text-slate-900">{actor.name}</span>
            {" · "}
            {actor.role === "admin" ? t("roles.admin") : t("roles.staff")}
            {actor.centreName ? ` · ${actor.centreName}` : ""}
          </p>
          <form action={logout}>
            <Button type="submit" variant="ghost" className="h-8 px-2">
              {t("nav.logout")}
            </Button>
          </form>
        </div>
        <WorkspaceNav label={t("nav.label")} links={links} />
      </div>
      {children}
    </div>
  );
}
