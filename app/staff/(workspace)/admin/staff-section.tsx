import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { listStaff } from "@/lib/data/accounts";
import { listCentres } from "@/lib/data/centres";
import { Select } from "../../_components/controls";
import { formatDateTime } from "../../_components/format";
import { createStaffAction, resetPasswordAction, updateStaffAction } from "./actions";

import { FieldLabel } from "./field-label";

type Centres = Awaited<ReturnType<typeof listCentres>>;
type Staff = Awaited<ReturnType<typeof listStaff>>;

/** Staff accounts: edit, reset a password, create. */
export async function StaffSection({ staff, centres }: { staff: Staff; centres: Centres }) {
  const t = await getTranslations("staff.admin");
  const locale = await getLocale();
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
                  <FieldLabel id={`staff-name-${u.id}`} text={t("name")} />
                  <Input id={`staff-name-${u.id}`} name="name" defaultValue={u.name} required />
                </div>
                <div className="space-y-1">
                  <FieldLabel id={`staff-role-${u.id}`} text={t("role")} />
                  <Select id={`staff-role-${u.id}`} name="role" defaultValue={u.role}>
                    <option value="staff">{t("roleStaff")}</option>
                    <option value="admin">{t("roleAdmin")}</option>
                  </Select>
                </div>
                <div className="space-y-1">
                  <FieldLabel id={`staff-centre-${u.id}`} text={t("centre")} />
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
                  <FieldLabel id={`staff-password-${u.id}`} text={t("newPassword")} />
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
            <FieldLabel id={"new-staff-email"} text={t("email")} />
            <Input id="new-staff-email" name="email" type="email" autoComplete="off" required />
          </div>
          <div className="space-y-1">
            <FieldLabel id={"new-staff-name"} text={t("name")} />
            <Input id="new-staff-name" name="name" required />
          </div>
          <div className="space-y-1">
            <FieldLabel id={"new-staff-password"} text={t("initialPassword")} />
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
            <FieldLabel id={"new-staff-role"} text={t("role")} />
            <Select id="new-staff-role" name="role" defaultValue="staff">
              <option value="staff">{t("roleStaff")}</option>
              <option value="admin">{t("roleAdmin")}</option>
            </Select>
          </div>
          <div className="space-y-1">
            <FieldLabel id={"new-staff-centre"} text={t("centre")} />
            <Select id="new-staff-centre" name="centreId" defaultValue={centres[0]?.id ?? ""}>
              {centreOptions}
            </Select>
          </div>
          <Button type="submit">{t("createStaff")}</Button>
        </form>
        <p className="mt-2 text-xs text-slate-600">{t("passwordRule")}</p>
      </Card>
    </section>
  );
}
