import type { Lang } from "@/lib/engine/text";

/** The punctuation that joins parts of a line: full-width in Chinese, ASCII with spaces in English. */
export const PUNCTUATION: Readonly<
  Record<Lang, { colon: string; semicolon: string; paren: (s: string) => string }>
> = {
  zh: { colon: "：", semicolon: "；", paren: (s) => `（${s}）` },
  en: { colon: ": ", semicolon: "; ", paren: (s) => ` (${s})` },
};
