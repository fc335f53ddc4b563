import { isRoundYear, roundOf, type Round } from "@/lib/engine/round";
import { t, type Lang } from "@/lib/engine/text";
import { isIsoDate } from "@/lib/engine/validity";
import { currentRound, roundOn } from "@/lib/rounds";
import type { FieldError } from "./problem";

const LABEL = t("评估日期", "Evaluation date");
const MESSAGE = t("应为有效日期，格式 YYYY-MM-DD", "Expected a valid date, YYYY-MM-DD");

/** The field error of an asOf that is not a real YYYY-MM-DD date. */
export function invalidAsOf(lang: Lang): FieldError {
  return { path: "asOf", label: LABEL[lang], message: MESSAGE[lang] };
}

const ROUND_LABEL = t("申报年度", "Application round");
const ROUND_MESSAGE = t(
  "应为 2000–2100 之间的整数年份，如 2027（申报 2026 年度事项）",
  "Expected a whole year between 2000 and 2100, e.g. 2027 (for the events of 2026)",
);
const BOTH_MESSAGE = t(
  "round 和 asOf 只能给一个：round 直接指定申报年度，asOf 按日期选出申报年度",
  "Give either round or asOf: round names the round, asOf picks it from a date",
);

/** The field error of a round that is not a year. */
export function invalidRound(lang: Lang): FieldError {
  return { path: "round", label: ROUND_LABEL[lang], message: ROUND_MESSAGE[lang] };
}

export function bothRoundAndAsOf(lang: Lang): FieldError {
  return { path: "round", label: ROUND_LABEL[lang], message: BOTH_MESSAGE[lang] };
}

export type RoundResult =
  { readonly ok: true; readonly round: Round } | { readonly ok: false; readonly error: FieldError };

/**
 * The ?round= (a year) or ?asOf= (a date picking the round open or next to open on it) of a GET;
 * without either, the round open or next to open today in Hangzhou.
 */
export function roundFromQuery(request: Request, lang: Lang): RoundResult {
  const query = new URL(request.url).searchParams;
  const year = query.get("round");
  const asOf = query.get("asOf");
  const hasYear = year !== null && year !== "";
  const hasAsOf = asOf !== null && asOf !== "";
  if (hasYear && hasAsOf) return { ok: false, error: bothRoundAndAsOf(lang) };
  if (hasYear) {
    const n = Number(year);
    return /^\d{4}$/.test(year) && isRoundYear(n)
      ? { ok: true, round: roundOf(n) }
      : { ok: false, error: invalidRound(lang) };
  }
  if (hasAsOf)
    return isIsoDate(asOf)
      ? { ok: true, round: roundOn(asOf) }
      : { ok: false, error: invalidAsOf(lang) };
  return { ok: true, round: currentRound() };
}
