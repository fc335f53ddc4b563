import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { listStaff } from "@/lib/data/accounts";
import { listCentres } from "@/lib/data/centres";
import { listThrottledAccounts } from "@/lib/data/throttle";
import { centreWebhooks } from "@/lib/data/webhooks";
import { Notice, PageTitle } from "../../_components/controls";

import { CentresSection } from "./centres-section";
import { StaffSection } from "./staff-section";
import { ThrottledSection } from "./throttled-section";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.admin");
  return { title: t("title") };
}

const OK = [
  "centre-created",
  "centre-saved",
  "staff-created",
  "staff-saved",
  "password-reset",
  "unlocked",
] as const;
const ERRORS = ["invalid", "duplicate", "wrong-state", "not-found", "password"] as const;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /staff/admin (admins): service centres and staff accounts. */
export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { actor } = await requireAdmin("/staff/admin");
  const t = await getTranslations("staff.admin");
  const [centres, staff, throttled, webhooks] = await Promise.all([
    listCentres(actor),
    listStaff(actor),
    listThrottledAccounts(actor),
    centreWebhooks(actor),
  ]);
  const ok = OK.find((k) => k === one(raw.ok));
  const error = ERRORS.find((k) => k === one(raw.error));
  return (
    <div className="space-y-8">
      <PageTitle>{t("title")}</PageTitle>
      <div aria-live="polite" className="empty:hidden">
        {ok && <Notice tone="success">{t(`ok.${ok}`)}</Notice>}
        {error && <Notice tone="error">{t(`errors.${error}`)}</Notice>}
      </div>

      <CentresSection centres={centres} webhooks={webhooks} />

      <ThrottledSection throttled={throttled} />

      <StaffSection staff={staff} centres={centres} />
    </div>
  );
}
