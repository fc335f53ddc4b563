import type { ReportModel } from "./model";

/** "政策申报测算报告-杭州某某有限公司-2027年申报": the saved PDF's and workbook's name. */
export function reportFileName(model: ReportModel, title: string): string {
  const name = (model.enterprise ?? "").replace(/[\\/:*?"<>|\s]+/g, "");
  const round = model.lang === "zh" ? `${model.round.year}年申报` : `round-${model.round.year}`;
  return [title, name, round].filter(Boolean).join("-");
}
