import type { Lang } from "@/lib/engine/text";

/** "标题：内容" / "Title: content". */
export const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

/** "研发投入（万元）" / "R&D investment (万元)". */
export const withParen = (text: string, note: string, lang: Lang) =>
  lang === "zh" ? `${text}（${note}）` : `${text} (${note})`;

/** Separates names in a list: "甲、乙" / "A, B". */
export const listSep = (lang: Lang) => (lang === "zh" ? "、" : ", ");

/** Separates sentences or clauses in a run: "甲；乙" / "A; B". */
export const clauseSep = (lang: Lang) => (lang === "zh" ? "；" : "; ");
