import type { Lang } from "@/lib/engine/text";
import { parseProfile, type ParseResult } from "@/lib/profile/parse";

const cache = new WeakMap<object, Map<string, ParseResult>>();

/**
 * parseProfile for a draft the browser holds: drafts are never mutated (every edit makes a new
 * object), so the wizard's validation of a keystroke and the live evaluation of the same draft
 * share one parse instead of two.
 */
export function parseDraft(draft: unknown, lang: Lang, eventYear: number): ParseResult {
  if (typeof draft !== "object" || draft === null) return parseProfile(draft, lang, { eventYear });
  const key = `${lang}:${eventYear}`;
  let byOptions = cache.get(draft);
  if (!byOptions) cache.set(draft, (byOptions = new Map()));
  let parsed = byOptions.get(key);
  if (!parsed) byOptions.set(key, (parsed = parseProfile(draft, lang, { eventYear })));
  return parsed;
}
