import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { listClients } from "@/lib/data/clients";
import { REEVALUATE_AT_ONCE } from "@/lib/data/evaluations";
import { currentRound, parseRound } from "@/lib/rounds";
import { roundLabel } from "@/lib/engine/round";
import { registry } from "@/rules";
import { Notice, PageTitle } from "../_components/controls";
import { SubmitButton } from "../_components/submit-button";
import { reevaluateStaleClients } from "./clients/actions";
import { Pagination } from "../_components/pagination";
import { RemindersPanel } from "./reminders-panel";

import { ClientSearchForm } from "./client-search-form";
import { ClientTable } from "./client-table";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.clients");
  return { title: t("title") };
}

export type Search = {
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

      <ClientSearchForm s={s} isAdmin={actor.role === "admin"} centres={centres} />

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
        <ClientTable result={result} isAdmin={actor.role === "admin"} />
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
