import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { amountText } from "@/components/results/labels";
import { Badge } from "@/components/ui/badge";
import { requireStaff } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { IMPACT_KINDS, REEVALUATE_PAGE, rulesImpact, type ImpactKind } from "@/lib/data/impact";
import type { Lang } from "@/lib/engine/text";
import { todayInHangzhou } from "@/lib/today";
import { Notice, PageTitle, Select } from "../../_components/controls";
import { DiffView } from "../../_components/diff-view";
import { deltaText } from "../../_components/format";
import { Pagination } from "../../_components/pagination";
import { RulesChangelog } from "./rules-changelog";
import { ReevaluateRunner } from "./reevaluate-runner";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.impact");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const TONE = { gained: "success", lost: "danger", unchanged: "neutral" } as const;

/** /staff/impact: what the rules in force change for the centre's clients, before re-evaluating. */
export default async function ImpactPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { actor } = await requireStaff("/staff/impact");
  const kindRaw = one(raw.kind);
  const kind = IMPACT_KINDS.includes(kindRaw as ImpactKind) ? (kindRaw as ImpactKind) : undefined;
  const centre = actor.role === "admin" ? one(raw.centre)?.slice(0, 64) || undefined : undefined;
  const page = Math.max(1, Number(one(raw.page)) || 1);
  const reevaluatedRaw = one(raw.reevaluated);
  const reevaluated =
    reevaluatedRaw && /^\d{1,7}$/.test(reevaluatedRaw) ? Number(reevaluatedRaw) : undefined;
  const t = await getTranslations("dashboard.impact");
  const lang: Lang = (await getLocale()) === "en" ? "en" : "zh";
  const [impact, centres] = await Promise.all([
    rulesImpact(actor, { centreId: centre, kind, page }),
    actor.role === "admin" ? listCentres(actor) : Promise.resolve([]),
  ]);
  const affected = impact.counts.gained + impact.counts.lost + impact.counts.unchanged;

  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-sm text-slate-700">{t("intro", { version: impact.rulesVersion })}</p>
      <RulesChangelog previousVersions={impact.previousVersions} lang={lang} />

      {actor.role === "admin" && (
        <form className="flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
          <Select
            name="centre"
            defaultValue={centre ?? ""}
            aria-label={t("filterLabel")}
            className="w-64"
          >
            <option value="">{t("all")}</option>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <button type="submit" className="h-10 rounded-md border border-slate-300 px-3 text-sm">
            {t("filter")}
          </button>
        </form>
      )}

      {reevaluated !== undefined && (
        <Notice tone="success">{t("done", { done: reevaluated })}</Notice>
      )}
      {affected === 0 ? (
        <Notice>{t("none")}</Notice>
      ) : (
        <>
          <section
            aria-label={t("totalChange")}
            className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4"
          >
            {IMPACT_KINDS.map((k) => (
              <p key={k}>
                <span className="block text-slate-600">{t(k)}</span>
                <span className="text-xl font-bold text-slate-900" data-testid={`impact-${k}`}>
                  {t("clientsCount", { count: impact.counts[k] })}
                </span>
              </p>
            ))}
            <p>
              <span className="block text-slate-600">{t("totalChange")}</span>
              <span className="text-xl font-bold text-slate-900" data-testid="impact-delta">
                {deltaText(impact.totals.delta, lang)}
              </span>
              <span className="block text-xs text-slate-600">
                {t("beforeAfter", {
                  before: amountText(impact.totals.before, lang),
                  after: amountText(impact.totals.after, lang),
                })}
              </span>
            </p>
          </section>

          <section aria-labelledby="reevaluate-title" className="space-y-2">
            <h2 id="reevaluate-title" className="text-lg font-semibold text-slate-900">
              {t("reevaluateTitle")}
            </h2>
            <p className="text-sm text-slate-600">
              {t("reevaluateIntro", { today: todayInHangzhou(), page: REEVALUATE_PAGE })}
            </p>
            <ReevaluateRunner count={affected} centre={centre} />
          </section>

          <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2 text-sm">
            {([undefined, ...IMPACT_KINDS] as const).map((k) => {
              const params = new URLSearchParams();
              if (k) params.set("kind", k);
              if (centre) params.set("centre", centre);
              const qs = params.toString();
              return (
                <Link
                  key={k ?? "all"}
                  href={`/staff/impact${qs ? `?${qs}` : ""}`}
                  aria-current={k === kind ? "page" : undefined}
                  className="rounded-md px-3 py-1.5 text-brand-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium"
                >
                  {k ? `${t(k)} (${impact.counts[k]})` : `${t("all")} (${affected})`}
                </Link>
              );
            })}
          </nav>

          <ul className="space-y-3">
            {impact.rows.map((r, i) => (
              <li key={r.clientId} data-testid="impact-client">
                <details className="rounded-lg border border-slate-200 bg-white p-3" open={i < 3}>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-900">{r.name}</span>
                    <Badge tone={TONE[r.kind]}>{t(r.kind)}</Badge>
                    <span className="text-slate-700">
                      {t("beforeAfter", {
                        before: amountText(r.before, lang),
                        after: amountText(r.after, lang),
                      })}
                    </span>
                    <span className="font-medium">{deltaText(r.delta, lang)}</span>
                  </summary>
                  <div className="mt-3 space-y-3">
                    {/* Outside the summary: a link inside it would be a control in a control. */}
                    <p className="text-sm">
                      <Link
                        href={`/staff/clients/${r.clientId}`}
                        className="text-brand-700 underline underline-offset-4 hover:no-underline"
                      >
                        {t("openClient")}
                      </Link>
                    </p>
                    <DiffView diff={r.diff} lang={lang} idPrefix={`impact-${i}`} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <Pagination
            path="/staff/impact"
            query={{ kind, centre }}
            page={impact.page}
            pageSize={impact.pageSize}
            total={impact.total}
          />
        </>
      )}
    </div>
  );
}
