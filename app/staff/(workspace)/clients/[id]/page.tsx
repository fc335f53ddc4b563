import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { guard, requireStaff } from "@/lib/auth/session";
import { getClient } from "@/lib/data/clients";
import { listEvaluations } from "@/lib/data/evaluations";
import type { Lang } from "@/lib/engine/text";
import { currentRound } from "@/lib/rounds";
import { registry } from "@/rules";
import { Notice, tdClass } from "../../../_components/controls";
import { DataTable } from "../../../_components/data-table";
import { formatDateTime, totalText } from "../../../_components/format";
import { deleteClientAction, restoreClientAction } from "../actions";
import { EvaluateForm } from "../evaluate-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.client");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A client: the record, the evaluate button and the history of saved evaluations. */
export default async function ClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const flags = await searchParams;
  const { actor } = await requireStaff(`/staff/clients/${id}`);
  const client = await guard(getClient(actor, id));
  const evaluations = await guard(listEvaluations(actor, id));
  const t = await getTranslations("staff.client");
  const tc = await getTranslations("staff.common");
  const th = await getTranslations("staff.handoff");
  const locale = await getLocale();
  const lang: Lang = locale === "en" ? "en" : "zh";
  const deleted = !!client.deletedAt;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link
            href="/staff"
            className="text-brand-700 underline underline-offset-4 hover:no-underline"
          >
            ← {t("back")}
          </Link>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold text-slate-900">
            {client.name}
            {deleted && (
              <Badge tone="danger" className="ml-2 align-middle">
                {t("deletedBadge")}
              </Badge>
            )}
          </h1>
          <div className="flex flex-wrap gap-2">
            {!deleted && (
              <Link
                href={`/staff/clients/${id}/edit`}
                className={buttonClass({ variant: "secondary" })}
              >
                {t("edit")}
              </Link>
            )}
            {!deleted && (
              <Link
                href={`/staff/clients/${id}/import`}
                className={buttonClass({ variant: "secondary" })}
              >
                {t("importSelfCheck")}
              </Link>
            )}
            <form action={deleted ? restoreClientAction : deleteClientAction}>
              <input type="hidden" name="id" value={id} />
              <Button type="submit" variant={deleted ? "primary" : "ghost"}>
                {deleted ? t("restore") : t("delete")}
              </Button>
            </form>
          </div>
        </div>
      </div>

      <div aria-live="polite" className="empty:hidden">
        {one(flags.saved) && <Notice tone="success">{t("saved")}</Notice>}
        {/^\d+$/.test(one(flags.imported) ?? "") && (
          <Notice tone="success">{th("imported", { count: Number(one(flags.imported)) })}</Notice>
        )}
        {one(flags.deleted) && deleted && <Notice tone="warning">{t("deletedNotice")}</Notice>}
        {one(flags.restored) && !deleted && <Notice tone="success">{t("restored")}</Notice>}
      </div>

      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {(
            [
              [
                t("creditCode"),
                client.creditCode ? (
                  <span key="c" className="font-mono">
                    {client.creditCode}
                  </span>
                ) : (
                  <span key="c" className="text-amber-800">
                    {tc("noCreditCode")}
                  </span>
                ),
              ],
              [t("district"), client.district ?? "—"],
              [t("centre"), client.centreName],
              [
                t("contact"),
                [client.contactName, client.contactPhone].filter(Boolean).join(" · ") || "—",
              ],
              [
                t("updated"),
                `${formatDateTime(client.updatedAt, locale)}（${t("version", { version: client.version })}）`,
              ],
              [
                t("industries"),
                client.profile.enterprise.industries.length
                  ? client.profile.enterprise.industries
                      .map(
                        (k) =>
                          registry.policies.find((p) => p.policy.key === k)?.policy.shortName[
                            lang
                          ] ?? k,
                      )
                      .join(lang === "zh" ? "、" : ", ")
                  : "—",
              ],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="flex gap-2">
              <dt className="shrink-0 text-slate-600">{label}</dt>
              <dd className="min-w-0 break-words text-slate-900">{value}</dd>
            </div>
          ))}
          {client.notes && (
            <div className="flex gap-2 sm:col-span-2">
              <dt className="shrink-0 text-slate-600">{t("notes")}</dt>
              <dd className="whitespace-pre-wrap text-slate-900">{client.notes}</dd>
            </div>
          )}
        </dl>
      </Card>

      {!deleted && (
        <section aria-labelledby="evaluate-title" className="space-y-3">
          <h2 id="evaluate-title" className="text-lg font-semibold text-slate-900">
            {t("evaluateTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("evaluateIntro")}</p>
          <EvaluateForm
            clientId={id}
            version={client.version}
            defaultRound={currentRound().year}
            currentRound={currentRound().year}
          />
        </section>
      )}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold text-slate-900">
          {t("historyTitle")}
        </h2>
        {evaluations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noHistory")}</p>
        ) : (
          <DataTable columns={[t("savedAt"), t("asOf"), t("total"), t("rules"), t("actions")]}>
            <tbody>
              {evaluations.map((e) => {
                const base = `/staff/clients/${id}/evaluations/${e.id}`;
                const cell = `${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`;
                return (
                  <tr
                    key={e.id}
                    className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
                  >
                    <td className={cell}>
                      <Link
                        href={base}
                        className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
                      >
                        {formatDateTime(e.createdAt, locale)}
                      </Link>
                      <span className="block text-xs text-slate-500">{e.createdByName}</span>
                    </td>
                    <td className={cell}>{e.asOf}</td>
                    <td className={cell}>
                      {totalText({ min: e.totalMin, max: e.totalMax }, lang)}
                      <span className="block text-xs text-slate-500">
                        {t("eligibleCount", { count: e.eligibleCount })}
                      </span>
                    </td>
                    <td className={cell}>
                      {e.rulesVersion === registry.version ? (
                        <Badge tone="success">{t("rulesCurrent")}</Badge>
                      ) : (
                        <Badge tone="warning">{t("rulesOlder")}</Badge>
                      )}
                    </td>
                    <td className={cell}>
                      <div className="flex flex-wrap gap-x-3 gap-y-1">
                        <Link
                          href={`${base}/compare`}
                          className="text-brand-700 underline underline-offset-4 hover:no-underline"
                        >
                          {t("compare")}
                        </Link>
                        <Link
                          href={`${base}/print`}
                          className="text-brand-700 underline underline-offset-4 hover:no-underline"
                        >
                          {t("print")}
                        </Link>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
