import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { WORKLIST_STATUSES, worklist } from "@/lib/data/worklist";
import { formatMoneyShort } from "@/lib/engine/format";
import { roundLabel } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import { POLICY_KEYS } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import { PageTitle, Select, tdClass } from "../../_components/controls";
import { DistrictSelect } from "../../_components/district-select";
import { DataTable } from "../../_components/data-table";
import { Pagination } from "../../_components/pagination";
import { worklistQuery } from "./query";
import { AmountsCell, ClausesCell, MissingCell, StatusCell } from "./worklist-cells";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.worklist");
  return { title: t("title") };
}

const cell = `${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`;

/** /staff/worklist: who to call this round — the centre's clients by the amount at stake. */
export default async function WorklistPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { actor } = await requireStaff("/staff/worklist");
  const { query, params, qs } = worklistQuery(raw, actor);
  const t = await getTranslations("dashboard.worklist");
  const lang: Lang = (await getLocale()) === "en" ? "en" : "zh";
  const [list, centres] = await Promise.all([
    worklist(actor, query),
    actor.role === "admin" ? listCentres(actor) : Promise.resolve([]),
  ]);
  const suffix = qs ? `?${qs}` : "";
  const filter = (id: string, label: string, control: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <div className="space-y-6">
      <PageTitle
        actions={
          <>
            <a
              href={`/api/staff/worklist/export${suffix}`}
              className={buttonClass({ variant: "secondary" })}
              download
            >
              {t("export")}
            </a>
            <Link
              href={`/staff/worklist/print${suffix}`}
              className={buttonClass({ variant: "secondary" })}
            >
              {t("print")}
            </Link>
          </>
        }
      >
        {t("title")}
      </PageTitle>
      <p className="text-sm text-slate-700">
        {t("intro", { round: roundLabel(list.basis.round)[lang] })}
      </p>

      <form
        aria-label={t("filters")}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        {filter(
          "wl-policy",
          t("policy"),
          <Select id="wl-policy" name="policy" defaultValue={query.policy ?? ""}>
            <option value="">{t("allPolicies")}</option>
            {POLICY_KEYS.map((k) => (
              <option key={k} value={k}>
                {POLICIES[k].shortName[lang]}
              </option>
            ))}
          </Select>,
        )}
        {filter(
          "wl-district",
          t("district"),
          <DistrictSelect
            id="wl-district"
            name="district"
            defaultValue={query.district ?? ""}
            none={t("allDistricts")}
          />,
        )}
        {filter(
          "wl-staff",
          t("staff"),
          <Select id="wl-staff" name="staff" defaultValue={query.staffId ?? ""}>
            <option value="">{t("allStaff")}</option>
            {list.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>,
        )}
        {filter(
          "wl-status",
          t("status"),
          <Select id="wl-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {WORKLIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>,
        )}
        {actor.role === "admin" &&
          filter(
            "wl-centre",
            t("centre"),
            <Select id="wl-centre" name="centre" defaultValue={query.centreId ?? ""}>
              <option value="">{t("allCentres")}</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>,
          )}
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          {t("apply")}
        </button>
      </form>

      <section
        aria-label={t("totalsLabel")}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4"
      >
        <p>
          <span className="block text-slate-600">{t("clients")}</span>
          <span className="text-xl font-bold text-slate-900" data-testid="worklist-count">
            {list.total}
          </span>
        </p>
        {(
          [
            ["fixed", list.totals.fixed],
            ["upTo", list.totals.upTo],
            ["toWin", list.totals.toWin],
          ] as const
        ).map(([k, v]) => (
          <p key={k}>
            <span className="block text-slate-600">{t(k)}</span>
            <span className="text-xl font-bold text-slate-900">{formatMoneyShort(v, lang)}</span>
          </p>
        ))}
      </section>

      {list.rows.length === 0 ? (
        <p className="text-sm text-slate-600" role="status">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          caption={t("caption", { total: list.total })}
          columns={[t("client"), t("atStake"), t("clauses"), t("policyStatus"), t("missing")]}
        >
          <tbody>
            {list.rows.map((r) => (
              <tr
                key={r.clientId}
                data-testid="worklist-row"
                className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
              >
                <td className={cell}>
                  <Link
                    href={`/staff/clients/${r.clientId}`}
                    className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
                  >
                    {r.name}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {[r.district, actor.role === "admin" ? r.centreName : null, r.staffName]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </td>
                <td className={cell}>
                  <AmountsCell row={r} t={t} lang={lang} />
                </td>
                <td className={cell}>
                  <ClausesCell row={r} t={t} lang={lang} />
                </td>
                <td className={cell}>
                  <StatusCell row={r} t={t} lang={lang} />
                </td>
                <td className={cell}>
                  <MissingCell row={r} t={t} lang={lang} eventYear={list.basis.round.eventYear} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination
        path="/staff/worklist"
        query={params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
      />
    </div>
  );
}
