import type { Lang } from "@/lib/engine/text";

/**
 * The language of error messages: English when Accept-Language prefers English over Chinese,
 * Chinese otherwise (also when the header is missing or names neither).
 */
export function preferredLang(acceptLanguage: string | null): Lang {
  if (!acceptLanguage) return "zh";
  let best: { lang: Lang; q: number } | undefined;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const primary = tag.trim().split("-")[0];
    if (primary !== "zh" && primary !== "en") continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? "zh";
}
