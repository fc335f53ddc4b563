import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requireStaff } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { listClients } from "@/lib/data/clients";
import { REEVALUATE_AT_ONCE } from "@/lib/data/evaluations";
import { currentRound, parseRound, roundChoices } from "@/lib/rounds";
import { roundLabel, roundOf } from "@/lib/engine/round";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { registry } from "@/rules";
import { Notice, PageTitle, Select, tdClass } from "../_components/controls";
import { SubmitButton } from "../_components/submit-button";
import { reevaluateStaleClients } from "./clients/actions";
import { DataTable } from "../_components/data-table";
import { Pagination } from "../_components/pagination";
import { formatDate } from "../_components/format";
import { RemindersPanel } from "./reminders-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.clients");
  return { title: t("title") };
}

type Search = {
  q?: string;
  district?: string;
  centre?: string;
  deleted?: string;
  stale?: string;
  round?: string;
  page?: string;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /staff: the centre's clients — search by name, credit code or district; deleted ones to restore. */
export default async function ClientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const s: Search = {
    q: one(raw.q)?.slice(0, 100),
    district: one(raw.district),
    centre: one(raw.centre),
    deleted: one(raw.deleted) === "1" ? "1" : undefined,
    stale: one(raw.stale) === "1" ? "1" : undefined,
    round:
      parseRound(one(raw.round) ?? "") && /^\d{4}$/.test(one(raw.round) ?? "")
        ? one(raw.round)
        : undefined,
    page: one(raw.page),
  };
  const qs = new URLSearchParams(
    Object.entries(s).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  const { actor } = await requireStaff(qs ? `/staff?${qs}` : "/staff");
  const t = await getTranslations("staff.clients");
  const locale = await getLocale();
  const lang = locale === "en" ? "en" : "zh";
  const page = Math.max(1, Number(s.page) || 1);
  const count = (v: string | string[] | undefined) => {
    const n = Number(one(v));
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  };
  const evaluated = count(raw.evaluated);
  const remaining = count(raw.remaining);
  const [result, centres] = await Promise.all([
    listClients(actor, {
      q: s.q,
      district: s.district,
      centreId: actor.role === "admin" ? s.centre : undefined,
      deleted: s.deleted === "1",
      notOnCurrentRules: s.stale === "1",
      round: s.round ? Number(s.round) : undefined,
      page,
      pageSize: 20,
    }),
    actor.role === "admin" ? listCentres(actor) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-6">
      <PageTitle
        actions={
          <Link href="/staff/clients/new" className={buttonClass()}>
            {t("new")}
          </Link>
        }
      >
        {s.deleted ? t("deletedTitle") : t("title")}
      </PageTitle>

      {!s.deleted && page === 1 && (
        <RemindersPanel
          actor={actor}
          centreId={actor.role === "admin" ? s.centre : undefined}
          lang={locale === "en" ? "en" : "zh"}
        />
      )}

      <form
        role="search"
        aria-label={t("searchLabel")}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
      >
        <div className="space-y-1">
          <label htmlFor="client-q" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <Input
            id="client-q"
            name="q"
            type="search"
            defaultValue={s.q}
            placeholder={t("searchHint")}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="client-district" className="block text-sm font-medium text-slate-800">
            {t("district")}
          </label>
          <Select id="client-district" name="district" defaultValue={s.district ?? ""}>
            <option value="">{t("allDistricts")}</option>
            {DISTRICTS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="client-round" className="block text-sm font-medium text-slate-800">
            {t("roundFilter")}
          </label>
          <Select id="client-round" name="round" defaultValue={s.round ?? ""}>
            <option value="">{t("anyRound")}</option>
            {roundChoices(currentRound()).map((year) => (
              <option key={year} value={year}>
                {roundLabel(roundOf(year))[lang]}
              </option>
            ))}
          </Select>
        </div>
        {actor.role === "admin" && (
          <div className="space-y-1">
            <label htmlFor="client-centre" className="block text-sm font-medium text-slate-800">
              {t("centre")}
            </label>
            <Select id="client-centre" name="centre" defaultValue={s.centre ?? ""}>
              <option value="">{t("allCentres")}</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="deleted"
              value="1"
              defaultChecked={!!s.deleted}
              className="h-4 w-4 accent-brand-600"
            />
            {t("showDeleted")}
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="stale"
              value="1"
              defaultChecked={!!s.stale}
              className="h-4 w-4 accent-brand-600"
            />
            {t("onlyStale")}
          </label>
          <button type="submit" className={buttonClass({ variant: "secondary" })}>
            {t("searchButton")}
          </button>
        </div>
      </form>

      <p className="text-sm text-slate-600">
        {t("rulesVersion", { version: registry.version })} ·{" "}
        <Link
          href="/staff/rules"
          className="text-brand-700 underline underline-offset-4 hover:no-underline"
        >
          {t("changelogLink")}
        </Link>
      </p>

      {s.stale && evaluated !== undefined && (
        <Notice tone="success">
          {t("reevaluateDone", { evaluated })}
          {remaining ? ` ${t("reevaluateRemaining", { remaining })}` : ""}
        </Notice>
      )}
      {s.stale && !s.deleted && result.total > 0 && (
        <form action={reevaluateStaleClients}>
          {s.centre && <input type="hidden" name="centre" value={s.centre} />}
          <SubmitButton>
            {t("reevaluateAll", {
              round: roundLabel(currentRound())[lang],
              max: REEVALUATE_AT_ONCE,
            })}
          </SubmitButton>
        </form>
      )}

      {result.items.length === 0 ? (
        <p className="text-sm text-slate-600" role="status">
          {s.q || s.district || s.stale || s.round
            ? t("noMatch")
            : s.deleted
              ? t("noDeleted")
              : t("empty")}
        </p>
      ) : (
        <DataTable
          caption={t("tableCaption", { total: result.total })}
          columns={[
            t("name"),
            t("creditCode"),
            t("district"),
            ...(actor.role === "admin" ? [t("centre")] : []),
            t("evaluations"),
          ]}
        >
          <tbody>
            {result.items.map((c) => (
              <tr
                key={c.id}
                className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
              >
                <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
                  <Link
                    href={`/staff/clients/${c.id}`}
                    className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
                  >
                    {c.name}
                  </Link>
                </td>
                <td
                  className={`${tdClass} font-mono text-xs max-sm:block max-sm:border-0 max-sm:py-0.5`}
                >
                  {c.creditCode}
                </td>
                <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
                  {c.district ?? "—"}
                </td>
                {actor.role === "admin" && (
                  <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
                    {c.centreName}
                  </td>
                )}
                <td
                  className={`${tdClass} text-slate-600 max-sm:block max-sm:border-0 max-sm:py-0.5`}
                >
                  {c.lastEvaluatedAt
                    ? t("evaluatedCount", {
                        count: c.evaluations,
                        date: formatDate(c.lastEvaluatedAt, locale),
                      })
                    : t("notEvaluated")}
                  {c.lastRound !== null && (
                    <span className="block text-xs">{roundLabel(roundOf(c.lastRound))[lang]}</span>
                  )}
                  {c.reevaluate === "rules" && (
                    <Badge tone="warning" className="ml-2">
                      {t("reevaluateRules")}
                    </Badge>
                  )}
                  {c.reevaluate === "profile" && (
                    <Badge className="ml-2">{t("reevaluateProfile")}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination
        path="/staff"
        query={{
          q: s.q,
          district: s.district,
          centre: s.centre,
          deleted: s.deleted,
          stale: s.stale,
          round: s.round,
        }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </div>
  );
}
