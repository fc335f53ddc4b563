import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";
import { buttonClass } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/session";
import { worklist } from "@/lib/data/worklist";
import { formatMoneyShort } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import { tdClass } from "../../../_components/controls";
import { DataTable } from "../../../_components/data-table";
import { formatDate } from "../../../_components/format";
import { worklistQuery } from "../query";
import { ClausesCell, MissingCell, StatusCell } from "../worklist-cells";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.worklist");
  return { title: t("printTitle") };
}

/** /staff/worklist/print: the filtered worklist as a call list to print, every row. */
export default async function WorklistPrintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const { actor } = await requireStaff("/staff/worklist/print");
  const { query, qs } = worklistQuery(raw, actor);
  const t = await getTranslations("dashboard.worklist");
  const locale = await getLocale();
  const lang: Lang = locale === "en" ? "en" : "zh";
  const list = await worklist(actor, { ...query, pageSize: 0 });
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton />
        <Link
          href={`/staff/worklist${qs ? `?${qs}` : ""}`}
          className={buttonClass({ variant: "secondary" })}
        >
          {t("back")}
        </Link>
      </div>
      <h1 className="text-2xl font-bold text-slate-900">{t("printTitle")}</h1>
      <p className="text-sm text-slate-700">
        {t("printIntro", { date: formatDate(new Date(), locale), total: list.total })}
      </p>
      <DataTable
        columns={[
          t("client"),
          t("contact"),
          t("atStake"),
          t("clauses"),
          t("policyStatus"),
          t("missing"),
          t("callNotes"),
        ]}
      >
        <tbody>
          {list.rows.map((r, i) => (
            <tr key={r.clientId} className="break-inside-avoid">
              <td className={tdClass}>
                {i + 1}. <span className="font-medium">{r.name}</span>
                <span className="block text-xs text-slate-600">{r.district ?? ""}</span>
              </td>
              <td className={tdClass}>
                {r.contactName ?? "—"}
                <span className="block whitespace-nowrap">{r.contactPhone ?? ""}</span>
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>
                {formatMoneyShort(r.atStake, lang)}
              </td>
              <td className={tdClass}>
                <ClausesCell row={r} t={t} lang={lang} />
              </td>
              <td className={tdClass}>
                <StatusCell row={r} t={t} lang={lang} />
              </td>
              <td className={tdClass}>
                <MissingCell row={r} t={t} lang={lang} eventYear={list.basis.round.eventYear} />
              </td>
              <td className={`${tdClass} min-w-32`} />
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
