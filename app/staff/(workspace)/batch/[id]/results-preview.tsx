import { getTranslations } from "next-intl/server";
import { amountUnknown, type Range } from "@/lib/batch/summary";
import type { PreviewRow } from "@/lib/data/batch-preview";
import type { Lang } from "@/lib/engine/text";
import { amountText } from "@/lib/engine/format";
import { tdClass } from "../../../_components/controls";
import { DataTable } from "../../../_components/data-table";

const money = (r: Range, lang: Lang) =>
  r[1] === 0 ? "—" : amountText({ min: r[0], max: r[1] }, lang);

/**
 * The first enterprises of a finished job: fixed, up-to and to-win amounts, how many clauses wait
 * for information and the three facts most worth adding. Nothing computed while information is
 * missing reads “unknown”, never 0.
 */
export async function ResultsPreview({
  rows,
  total,
  lang,
}: {
  rows: readonly PreviewRow[];
  total: number;
  lang: Lang;
}) {
  const t = await getTranslations("staff.batch.preview");
  if (rows.length === 0) return null;
  const cell = `${tdClass} align-top`;
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro", { shown: rows.length, total })}</p>
      <DataTable
        caption={t("title")}
        columns={[t("enterprise"), t("fixed"), t("upTo"), t("toWin"), t("needsInfo"), t("missing")]}
      >
        <tbody>
          {rows.map((r) => {
            const s = r.summary;
            const unknown = amountUnknown(s);
            return (
              <tr key={r.row}>
                <td className={cell}>
                  <span className="font-medium">{r.name}</span>
                  <span className="block font-mono text-xs text-slate-500">{r.creditCode}</span>
                </td>
                {unknown ? (
                  <td className={cell} colSpan={3}>
                    {t("unknown")}
                  </td>
                ) : (
                  <>
                    <td className={cell}>{money(s.fixed, lang)}</td>
                    <td className={cell}>{money(s.upTo, lang)}</td>
                    <td className={cell}>{money(s.toWin, lang)}</td>
                  </>
                )}
                <td className={cell}>{s.needsInfo}</td>
                <td className={cell}>
                  {s.missing.length ? (
                    <ul className="list-disc space-y-0.5 pl-4">
                      {s.missing.map((m) => (
                        <li key={m[0]}>{lang === "zh" ? m[0] : m[1]}</li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </section>
  );
}
