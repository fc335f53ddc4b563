import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { requireAdmin } from "@/lib/auth/session";
import { listStaff } from "@/lib/data/accounts";
import { listCentres } from "@/lib/data/centres";
import { listThrottledAccounts } from "@/lib/data/throttle";
import { centreWebhooks } from "@/lib/data/webhooks";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { Notice, PageTitle, Select } from "../../_components/controls";
import { formatDateTime } from "../../_components/format";
import {
  createCentreAction,
  createStaffAction,
  renameCentreAction,
  setWebhookAction,
  resetPasswordAction,
  unlockAccountAction,
  updateStaffAction,
} from "./actions";

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
  const locale = await getLocale();
  const [centres, staff, throttled, webhooks] = await Promise.all([
    listCentres(actor),
    listStaff(actor),
    listThrottledAccounts(actor),
    centreWebhooks(actor),
  ]);
  const tw = await getTranslations("dashboard.webhook");
  const ok = OK.find((k) => k === one(raw.ok));
  const error = ERRORS.find((k) => k === one(raw.error));
  const label = (id: string, text: string) => (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {text}
    </label>
  );
  const centreOptions = (
    <>
      <option value="">{t("noCentre")}</option>
      {centres.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </>
  );
  return (
    <div className="space-y-8">
      <PageTitle>{t("title")}</PageTitle>
      <div aria-live="polite" className="empty:hidden">
        {ok && <Notice tone="success">{t(`ok.${ok}`)}</Notice>}
        {error && <Notice tone="error">{t(`errors.${error}`)}</Notice>}
      </div>

      <section aria-labelledby="centres-title" className="space-y-3">
        <h2 id="centres-title" className="text-lg font-semibold text-slate-900">
          {t("centresTitle")}
        </h2>
        <ul className="space-y-2">
          {centres.map((c) => (
            <li key={c.id}>
              <Card className="p-3">
                <form
                  action={renameCentreAction}
                  className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
                >
                  <input type="hidden" name="id" value={c.id} />
                  <div className="space-y-1">
                    {label(`centre-name-${c.id}`, t("centreName"))}
                    <Input id={`centre-name-${c.id}`} name="name" defaultValue={c.name} required />
                  </div>
                  <div className="space-y-1">
                    {label(`centre-district-${c.id}`, t("district"))}
                    <Select
                      id={`centre-district-${c.id}`}
                      name="district"
                      defaultValue={c.district ?? ""}
                    >
                      <option value="">—</option>
                      {DISTRICTS.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </Select>
                  </div>
                  <Button type="submit" variant="secondary">
                    {t("save")}
                  </Button>
                  <p className="text-xs text-slate-600 sm:col-span-3">
                    {t("centreCounts", { staff: c.staff, clients: c.clients })}
                  </p>
                </form>
                <form
                  action={setWebhookAction}
                  className="mt-2 grid gap-2 border-t border-slate-100 pt-2 sm:grid-cols-[1fr_auto] sm:items-end"
                >
                  <input type="hidden" name="id" value={c.id} />
                  <div className="space-y-1">
                    {label(`centre-webhook-${c.id}`, tw("label"))}
                    <Input
                      id={`centre-webhook-${c.id}`}
                      name="webhookUrl"
                      type="url"
                      inputMode="url"
                      defaultValue={webhooks.get(c.id)?.url ?? ""}
                      placeholder="https://"
                      aria-describedby={`centre-webhook-${c.id}-hint`}
                    />
                    <p id={`centre-webhook-${c.id}-hint`} className="text-xs text-slate-600">
                      {tw("hint")}
                      {webhooks.get(c.id)?.last &&
                        ` ${tw("last", {
                          day: webhooks.get(c.id)!.last!.day,
                          status: tw(
                            `status.${webhooks.get(c.id)!.last!.status as "pending" | "sent" | "failed"}`,
                          ),
                        })}`}
                    </p>
                  </div>
                  <Button type="submit" variant="secondary">
                    {t("save")}
                  </Button>
                </form>
              </Card>
            </li>
          ))}
        </ul>
        <Card className="p-3">
          <form
            action={createCentreAction}
            className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          >
            <div className="space-y-1">
              {label("new-centre-name", t("newCentre"))}
              <Input id="new-centre-name" name="name" required />
            </div>
            <div className="space-y-1">
              {label("new-centre-district", t("district"))}
              <Select id="new-centre-district" name="district" defaultValue="">
                <option value="">—</option>
                {DISTRICTS.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit">{t("createCentre")}</Button>
          </form>
        </Card>
      </section>

      <section aria-labelledby="throttled-title" className="space-y-3">
        <h2 id="throttled-title" className="text-lg font-semibold text-slate-900">
          {t("throttledTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("throttledIntro")}</p>
        {throttled.length === 0 ? (
          <p className="text-sm text-slate-600">{t("throttledNone")}</p>
        ) : (
          <ul className="space-y-2">
            {throttled.map((a) => (
              <li key={a.email}>
                <Card className="space-y-2 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div>
                      <p className="font-medium text-slate-900">{a.email}</p>
                      <p className="text-sm text-slate-600">
                        {t("throttledCount", {
                          failures: a.failures,
                          last: formatDateTime(a.lastFailureAt, locale),
                        })}
                      </p>
                    </div>
                    <form action={unlockAccountAction}>
                      <input type="hidden" name="email" value={a.email} />
                      <Button type="submit" variant="secondary">
                        {t("unlock")}
                      </Button>
                    </form>
                  </div>
                  <ul className="space-y-1 text-sm text-slate-700">
                    {a.addresses.map((address) => (
                      <li key={address.ip}>
                        {t("throttledAddress", { ip: address.ip, failures: address.failures })}{" "}
                        {address.lockedUntil && (
                          <Badge tone="warning">
                            {t("lockedUntil", {
                              time: formatDateTime(address.lockedUntil, locale),
                            })}
                          </Badge>
                        )}
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="staff-title" className="space-y-3">
        <h2 id="staff-title" className="text-lg font-semibold text-slate-900">
          {t("staffTitle")}
        </h2>
        <ul className="space-y-2">
          {staff.map((u) => (
            <li key={u.id}>
              <Card className="space-y-3 p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium break-all text-slate-900">{u.email}</span>
                  <Badge tone={u.role === "admin" ? "brand" : "neutral"}>
                    {u.role === "admin" ? t("roleAdmin") : t("roleStaff")}
                  </Badge>
                  {!u.active && <Badge tone="danger">{t("inactive")}</Badge>}
                  <span className="text-xs text-slate-500">
                    {u.lastLoginAt
                      ? t("lastLogin", { at: formatDateTime(u.lastLoginAt, locale) })
                      : t("neverLoggedIn")}
                  </span>
                </p>
                <form
                  action={updateStaffAction}
                  className="grid gap-2 sm:grid-cols-[1fr_8rem_1fr_auto_auto] sm:items-end"
                >
                  <input type="hidden" name="id" value={u.id} />
                  <div className="space-y-1">
                    {label(`staff-name-${u.id}`, t("name"))}
                    <Input id={`staff-name-${u.id}`} name="name" defaultValue={u.name} required />
                  </div>
                  <div className="space-y-1">
                    {label(`staff-role-${u.id}`, t("role"))}
                    <Select id={`staff-role-${u.id}`} name="role" defaultValue={u.role}>
                      <option value="staff">{t("roleStaff")}</option>
                      <option value="admin">{t("roleAdmin")}</option>
                    </Select>
                  </div>
                  <div className="space-y-1">
                    {label(`staff-centre-${u.id}`, t("centre"))}
                    <Select
                      id={`staff-centre-${u.id}`}
                      name="centreId"
                      defaultValue={u.centreId ?? ""}
                    >
                      {centreOptions}
                    </Select>
                  </div>
                  <label className="flex h-10 items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      name="active"
                      defaultChecked={u.active}
                      className="h-4 w-4 accent-brand-600"
                    />
                    {t("active")}
                  </label>
                  <Button type="submit" variant="secondary">
                    {t("save")}
                  </Button>
                </form>
                <form action={resetPasswordAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="id" value={u.id} />
                  <div className="space-y-1">
                    {label(`staff-password-${u.id}`, t("newPassword"))}
                    <Input
                      id={`staff-password-${u.id}`}
                      name="password"
                      type="password"
                      autoComplete="new-password"
                      minLength={10}
                      required
                      className="w-56"
                    />
                  </div>
                  <Button type="submit" variant="ghost">
                    {t("resetPassword")}
                  </Button>
                </form>
              </Card>
            </li>
          ))}
        </ul>
        <Card className="p-3">
          <h3 className="mb-2 text-base font-semibold text-slate-900">{t("newStaff")}</h3>
          <form
            action={createStaffAction}
            className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3 lg:items-end"
          >
            <div className="space-y-1">
              {label("new-staff-email", t("email"))}
              <Input id="new-staff-email" name="email" type="email" autoComplete="off" required />
            </div>
            <div className="space-y-1">
              {label("new-staff-name", t("name"))}
              <Input id="new-staff-name" name="name" required />
            </div>
            <div className="space-y-1">
              {label("new-staff-password", t("initialPassword"))}
              <Input
                id="new-staff-password"
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={10}
                required
              />
            </div>
            <div className="space-y-1">
              {label("new-staff-role", t("role"))}
              <Select id="new-staff-role" name="role" defaultValue="staff">
                <option value="staff">{t("roleStaff")}</option>
                <option value="admin">{t("roleAdmin")}</option>
              </Select>
            </div>
            <div className="space-y-1">
              {label("new-staff-centre", t("centre"))}
              <Select id="new-staff-centre" name="centreId" defaultValue={centres[0]?.id ?? ""}>
                {centreOptions}
              </Select>
            </div>
            <Button type="submit">{t("createStaff")}</Button>
          </form>
          <p className="mt-2 text-xs text-slate-600">{t("passwordRule")}</p>
        </Card>
      </section>
    </div>
  );
}
