import { formatMoneyShort, formatRate, formatWan, formatYi, groupDigits } from "./format";
import type { Condition, Gap, ItemResult, Step } from "./types";
import type { Lang } from "./text";

const n = groupDigits;

/** One trace step in words and numbers: "研发投入 30,000,000 × 40% = 12,000,000". */
export function renderStep(step: Step, lang: Lang): string {
  const zh = lang === "zh";
  switch (step.op) {
    case "base":
      return `${step.label[lang]} ${n(step.value)}${step.unit ? " " + step.unit[lang] : zh ? " 元" : ""}`;
    case "rate":
      return `× ${formatRate(step.rate, lang)}${step.label ? (lang === "zh" ? `（${step.label[lang]}）` : ` (${step.label[lang]})`) : ""} = ${n(step.result)}`;
    case "cap":
      return renderCap(step, lang);
    case "steps":
      return zh
        ? `每满 ${n(step.increment)} 给予 ${n(step.perStep)}：${step.count} 档 × ${n(step.perStep)} = ${n(step.result)}`
        : `${n(step.perStep)} per full ${n(step.increment)}: ${step.count} × ${n(step.perStep)} = ${n(step.result)}`;
    case "minus":
      return `− ${step.label[lang]} ${n(step.value)} = ${n(step.result)}`;
    case "plus":
      return `+ ${step.label[lang]} ${n(step.value)} = ${n(step.result)}`;
    case "amount":
      return `${step.label[lang]} ${n(step.value)}`;
    case "times":
      return `× ${step.count} ${step.label[lang]} = ${n(step.result)}`;
    case "sum":
      return zh ? `${step.label.zh} ${n(step.result)}` : `${step.label.en}: ${n(step.result)}`;
    case "note":
      return step.text[lang];
  }
}

type CapStep = Extract<Step, { op: "cap" }>;

/** "cap per variety" → "the cap per variety"; a label that starts with a name keeps its capital. */
const theCap = (label: string) => {
  const lower = /^[A-Z][a-z]/.test(label) ? `${label[0]!.toLowerCase()}${label.slice(1)}` : label;
  return lower.startsWith("the ") ? lower : `the ${lower}`;
};

/**
 * A cap in words, the amount first: "18,000,000，未超过单个品种上限（Ⅱ期临床）20,000,000，按 18,000,000 计" /
 * "45,000,000 exceeds the cap per variety (phase II) 20,000,000, paid 20,000,000"; a cap shared with
 * amounts counted before says what was left of it.
 */
export function renderCap(step: CapStep, lang: Lang): string {
  const { before, cap, result, left } = step;
  const label = step.label[lang];
  if (lang === "zh") {
    const capText = `${label}${/[）”]$/.test(label) ? "" : " "}${n(cap)}`;
    const paid = `按 ${n(result)} 计`;
    if (before === undefined) return `${capText}，${paid}`;
    if (left !== undefined) return `${n(before)}，${capText} 尚余 ${n(left)}，${paid}`;
    return `${n(before)}，${before > cap ? "超过" : "未超过"}${capText}，${paid}`;
  }
  const paid = `paid ${n(result)}`;
  // "subsidy, at most" (a parameter's label) reads "the subsidy of at most 5,000,000".
  const capText = label.endsWith(", at most")
    ? `${theCap(label.slice(0, -", at most".length))} of at most ${n(cap)}`
    : `${theCap(label)} ${n(cap)}`;
  if (before === undefined) return `${capText}, ${paid}`;
  if (left !== undefined) return `${n(before)}; of ${capText}, ${n(left)} is left, ${paid}`;
  return `${n(before)} ${before > cap ? "exceeds" : "is within"} ${capText}, ${paid}`;
}

/** An item's label in the language (an honour's kind has one in each; names serve both). */
export function itemLabel(item: Pick<ItemResult, "label" | "labelEn">, lang: Lang): string {
  return lang === "en" && item.labelEn ? item.labelEn : item.label;
}

export function renderSteps(steps: readonly Step[], lang: Lang): string {
  return steps.map((s) => renderStep(s, lang)).join(lang === "zh" ? "；" : "; ");
}

/** Money in the scale of the threshold, so "还差 0.2 亿元" reads against "5 亿元". */
function gapValue(v: number, unit: Gap["unit"], lang: Lang, scaleOf = v): string {
  switch (unit) {
    case "yuan":
      // A fall (negative growth) in the scale of its size: "-5,200 万元" / "CNY -52M".
      if (v < 0) return gapValue(-v, unit, lang, -scaleOf).replace(/^(CNY )?/, "$1-");
      if (lang === "zh" && scaleOf >= 100_000_000) return formatYi(v, lang);
      if (lang === "zh" && scaleOf >= 10_000) return formatWan(v, lang);
      return formatMoneyShort(v, lang);
    case "percent":
      return `${Math.round(v * 100) / 100}%`;
    case "area-m2":
      return lang === "zh" ? `${n(v)} 平方米` : `${n(v)} m²`;
    case "count":
      return lang === "zh" ? `${n(v)} 项` : n(v);
    case "year":
      return lang === "zh" ? `${v} 年` : String(v);
    default:
      return n(v);
  }
}

/** "年营收 4.8 亿元，需达到 5 亿元，还差 0.2 亿元". */
export function renderGap(c: Condition, lang: Lang): string {
  const g = c.gap;
  if (!g) return c.label[lang];
  const missing = Math.max(0, g.required - g.actual);
  const actual = gapValue(g.actual, g.unit, lang);
  const required = gapValue(g.required, g.unit, lang);
  if (g.unit === "year")
    return lang === "zh"
      ? `${c.label.zh}：当前 ${actual}，需为 ${required}${g.comparator === ">" ? "以后" : "或以后"}`
      : `${c.label.en}: now ${actual}, must be ${g.comparator === ">" ? "after" : "in or after"} ${required}`;
  if (lang === "zh") {
    const need = g.comparator === ">" ? `需超过 ${required}` : `需达到 ${required}`;
    return `${c.label.zh}：当前 ${actual}，${need}${missing > 0 ? `，还差 ${gapValue(Math.round(missing * 100) / 100, g.unit, lang, g.required)}` : ""}`;
  }
  const need = g.comparator === ">" ? `must exceed ${required}` : `must reach ${required}`;
  return `${c.label.en}: now ${actual}, ${need}${missing > 0 ? `, short by ${gapValue(Math.round(missing * 100) / 100, g.unit, lang, g.required)}` : ""}`;
}
