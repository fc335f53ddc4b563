import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Input } from "@/components/ui/input";
import { buttonClass } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, listAudit } from "@/lib/data/audit";
import { isIsoDate } from "@/lib/engine/validity";
import { PageTitle, Select, tdClass } from "../../_components/controls";
import { DataTable } from "../../_components/data-table";
import { formatDateTime } from "../../_components/format";
import { Pagination } from "../../_components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.audit");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /staff/audit (admins): who created, changed, deleted, restored, evaluated or exported what, when. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { actor } = await requireAdmin("/staff/audit");
  const t = await getTranslations("staff.audit");
  const locale = await getLocale();
  const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) =>
    v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  const filter = {
    action: pick(one(raw.action), AUDIT_ACTIONS),
    entity: pick(one(raw.entity), AUDIT_ENTITIES),
    actor: one(raw.actor)?.trim().slice(0, 100) || undefined,
    centreId: one(raw.centre) || undefined,
    from: isIsoDate(one(raw.from) ?? "") ? one(raw.from) : undefined,
    to: isIsoDate(one(raw.to) ?? "") ? one(raw.to) : undefined,
  };
  const page = Math.max(1, Number(one(raw.page)) || 1);
  const [log, centres] = await Promise.all([
    listAudit(actor, filter, page, 50),
    listCentres(actor),
  ]);
  const label = (id: string, text: string) => (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {text}
    </label>
  );
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <form
        aria-label={t("filterLabel")}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <div className="space-y-1">
          {label("audit-action", t("action"))}
          <Select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("all")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          {label("audit-entity", t("entity"))}
          <Select id="audit-entity" name="entity" defaultValue={filter.entity ?? ""}>
            <option value="">{t("all")}</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`entities.${e}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          {label("audit-actor", t("actor"))}
          <Input id="audit-actor" name="actor" defaultValue={filter.actor} />
        </div>
        <div className="space-y-1">
          {label("audit-centre", t("centre"))}
          <Select id="audit-centre" name="centre" defaultValue={filter.centreId ?? ""}>
            <option value="">{t("all")}</option>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          {label("audit-from", t("from"))}
          <Input id="audit-from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="space-y-1">
          {label("audit-to", t("to"))}
          <Input id="audit-to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <div className="sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass({ variant: "secondary" })}>
            {t("filter")}
          </button>
        </div>
      </form>
      {log.rows.length === 0 ? (
        <p className="text-sm text-slate-600" role="status">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          caption={t("caption", { total: log.total })}
          columns={[t("at"), t("actor"), t("action"), t("summary")]}
        >
          <tbody>
            {log.rows.map((r) => {
              const cell = `${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`;
              return (
                <tr
                  key={r.id}
                  className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
                >
                  <td className={`${cell} whitespace-nowrap`}>{formatDateTime(r.at, locale)}</td>
                  <td className={`${cell} break-all`}>
                    {r.actorEmail || "—"}
                    {r.centreName && (
                      <span className="block text-xs text-slate-500">{r.centreName}</span>
                    )}
                  </td>
                  <td className={cell}>
                    {(AUDIT_ACTIONS as readonly string[]).includes(r.action)
                      ? t(`actions.${r.action as (typeof AUDIT_ACTIONS)[number]}`)
                      : r.action}
                    {" · "}
                    {(AUDIT_ENTITIES as readonly string[]).includes(r.entity)
                      ? t(`entities.${r.entity as (typeof AUDIT_ENTITIES)[number]}`)
                      : r.entity}
                  </td>
                  <td className={`${cell} break-words`}>{r.summary}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination
        path="/staff/audit"
        query={{
          action: filter.action,
          entity: filter.entity,
          actor: filter.actor,
          centre: filter.centreId,
          from: filter.from,
          to: filter.to,
        }}
        page={log.page}
        pageSize={log.pageSize}
        total={log.total}
      />
    </div>
  );
}
