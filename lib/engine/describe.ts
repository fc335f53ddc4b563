import { formatRate, formatYuan, groupDigits } from "./format";
import type { Param } from "./types";
import type { Lang } from "./text";

/** A parameter in words: "资助比例（不超过研发投入）：40%", "单个品种上限：I 10,000,000 元 · II …". */
export function describeParam(p: Param, lang: Lang): string {
  const label = p.label[lang];
  const sep = lang === "zh" ? "：" : ": ";
  switch (p.unit) {
    case "yuan":
      return `${label}${sep}${formatYuan(p.value, lang)}`;
    case "rate":
      return `${label}${sep}${formatRate(p.value, lang)}`;
    case "count":
      return `${label}${sep}${groupDigits(p.value)}`;
    case "years":
      return `${label}${sep}${p.value}${lang === "zh" ? " 年" : " years"}`;
    case "year":
      return `${label}${sep}${p.value}${lang === "zh" ? " 年" : ""}`;
    case "area-m2":
      return `${label}${sep}${groupDigits(p.value)}${lang === "zh" ? " 平方米" : " m²"}`;
    case "tiers":
      return `${label}${sep}${p.value.map((t) => `${t.label[lang]} → ${formatYuan(t.amount, lang)}`).join(" · ")}`;
    case "table":
      return `${label}${sep}${Object.entries(p.value)
        .map(
          ([k, v]) =>
            `${p.rows?.[k]?.[lang] ?? k} ${typeof v === "number" ? formatYuan(v, lang) : formatRate(v, lang)}`,
        )
        .join(" · ")}`;
  }
}
