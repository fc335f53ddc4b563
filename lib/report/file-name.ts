import type { ReportModel } from "./model";

/** "政策申报测算报告-杭州某某有限公司-2025-06-30": the saved PDF's and workbook's name. */
export function reportFileName(model: ReportModel, title: string): string {
  const name = (model.enterprise ?? "").replace(/[\\/:*?"<>|\s]+/g, "");
  return [title, name, model.asOf].filter(Boolean).join("-");
}
