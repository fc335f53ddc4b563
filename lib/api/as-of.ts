import { t, type Lang } from "@/lib/engine/text";
import type { IsoDate } from "@/lib/engine/types";
import { isIsoDate } from "@/lib/engine/validity";
import type { FieldError } from "./problem";
import { todayInHangzhou } from "@/lib/today";

const LABEL = t("评估日期", "Evaluation date");
const MESSAGE = t("应为有效日期，格式 YYYY-MM-DD", "Expected a valid date, YYYY-MM-DD");

/** The field error of an asOf that is not a real YYYY-MM-DD date. */
export function invalidAsOf(lang: Lang): FieldError {
  return { path: "asOf", label: LABEL[lang], message: MESSAGE[lang] };
}

export type AsOfResult =
  | { readonly ok: true; readonly asOf: IsoDate }
  | { readonly ok: false; readonly error: FieldError };

/** The ?asOf= of a GET: a valid YYYY-MM-DD, or today in Asia/Shanghai when absent. */
export function asOfFromQuery(request: Request, lang: Lang): AsOfResult {
  const value = new URL(request.url).searchParams.get("asOf");
  if (value === null || value === "") return { ok: true, asOf: todayInHangzhou() };
  if (isIsoDate(value)) return { ok: true, asOf: value };
  return { ok: false, error: invalidAsOf(lang) };
}
