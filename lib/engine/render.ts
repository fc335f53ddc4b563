import { formatMoneyShort, formatRate, formatWan, formatYi, groupDigits } from "./format";
import type { Condition, Gap, Step } from "./types";
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
      return zh
        ? `${step.label.zh} ${n(step.cap)} → ${n(step.result)}`
        : `${step.label.en} ${n(step.cap)} → ${n(step.result)}`;
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

export function renderSteps(steps: readonly Step[], lang: Lang): string {
  return steps.map((s) => renderStep(s, lang)).join(lang === "zh" ? "；" : "; ");
}

/** Money in the scale of the threshold, so "还差 0.2 亿元" reads against "5 亿元". */
function gapValue(v: number, unit: Gap["unit"], lang: Lang, scaleOf = v): string {
  switch (unit) {
    case "yuan":
      if (lang === "zh" && scaleOf >= 100_000_000) return formatYi(v, lang);
      if (lang === "zh" && scaleOf >= 10_000) return formatWan(v, lang);
      return formatMoneyShort(v, lang);
    case "percent":
      return `${Math.round(v * 100) / 100}%`;
    case "area-m2":
      return lang === "zh" ? `${n(v)} 平方米` : `${n(v)} m²`;
    case "count":
      return lang === "zh" ? `${n(v)} 项` : n(v);
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
  if (lang === "zh") {
    const need = g.comparator === ">" ? `需超过 ${required}` : `需达到 ${required}`;
    return `${c.label.zh}：当前 ${actual}，${need}${missing > 0 ? `，还差 ${gapValue(Math.round(missing * 100) / 100, g.unit, lang, g.required)}` : ""}`;
  }
  const need = g.comparator === ">" ? `must exceed ${required}` : `must reach ${required}`;
  return `${c.label.en}: now ${actual}, ${need}${missing > 0 ? `, short by ${gapValue(Math.round(missing * 100) / 100, g.unit, lang, g.required)}` : ""}`;
}
