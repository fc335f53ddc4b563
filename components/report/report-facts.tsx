import { useTranslations } from "next-intl";
import type { ReportModel } from "@/lib/report/model";

const th = "border-b-2 border-slate-700 px-1.5 py-1 text-left font-semibold";
const td = "border-b border-slate-300 px-1.5 py-1 align-top";

/** Every answered fact the evaluation read, by section, so a reader can check the inputs. */
export function ReportFacts({ model }: { model: ReportModel }) {
  const t = useTranslations("report");
  return (
    <section aria-labelledby="report-facts" className="space-y-2">
      <h2 id="report-facts" className="text-lg font-semibold">
        {t("factsTitle")}
      </h2>
      {model.facts.length === 0 ? (
        <p className="text-sm">{t("noFacts")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("colFact")}
              </th>
              <th scope="col" className={`${th} w-1/3`}>
                {t("colValue")}
              </th>
            </tr>
          </thead>
          {model.facts.map((g) => (
            <tbody key={g.section}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={2}
                  className={`${td} bg-slate-100 text-left font-semibold print:bg-transparent`}
                >
                  {g.section}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={r.label}>
                  <td className={td}>{r.label}</td>
                  <td className={td}>{r.value}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
