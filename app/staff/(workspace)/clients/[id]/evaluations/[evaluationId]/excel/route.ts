import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { recordEvaluationExport } from "@/lib/data/evaluations";
import type { Messages } from "@/lib/i18n/messages";
import { reportWorkbook } from "@/lib/report/excel";
import { reportFileName } from "@/lib/report/file-name";
import { loadEvaluation } from "../load";
import { staffReportModel } from "../report-model";

/** GET …/excel: the staff report as a workbook (logged as an export). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; evaluationId: string }> },
) {
  const { actor, evaluation: e } = await loadEvaluation(params, "/print");
  await recordEvaluationExport(actor, e, "excel");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  const model = staffReportModel(actor, e, lang);
  const bytes = await reportWorkbook(model, (await getMessages()) as Messages);
  const name = `${reportFileName(model, (await getTranslations("report"))("titleStaff"))}.xlsx`;
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
