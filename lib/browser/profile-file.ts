import type { Lang } from "@/lib/engine/text";
import { parseRound } from "@/lib/rounds";
import { parseProfile, type FieldProblem } from "@/lib/profile/parse";
import type { ProfileDraft } from "./self-check-store";

/** The largest file accepted for import; profiles are a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult =
  | { readonly ok: true; readonly profile: ProfileDraft; readonly round?: number }
  | { readonly ok: false; readonly reason: "too-large" | "not-json" | "not-profile" }
  | { readonly ok: false; readonly reason: "invalid"; readonly problems: readonly FieldProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads an exported profile: the profile itself (as examples/*.json and the API take it) or an
 * evaluation request `{ profile, round }` (or `{ profile, asOf }`, whose date picks the round).
 * Validated with the profile schema; nothing is changed unless the whole file is good. A version-1
 * file is upgraded (lib/profile/upgrade.ts).
 */
export function importProfileText(text: string, lang: Lang, currentRound?: number): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: "too-large" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (!isObject(json)) return { ok: false, reason: "not-profile" };
  const wrapped = isObject(json.profile) && !("enterprise" in json);
  const candidate = wrapped ? json.profile : json;
  const round = wrapped ? (parseRound(json.round) ?? parseRound(json.asOf))?.year : undefined;
  // A version-1 file's “本年度” figures belong to the round it carries, else to the one chosen.
  const roundYear = round ?? currentRound;
  const parsed = parseProfile(candidate, lang, {
    eventYear: roundYear === undefined ? undefined : roundYear - 1,
  });
  if (!parsed.ok) return { ok: false, reason: "invalid", problems: parsed.problems };
  // The parsed profile: plain JSON with the schema's defaults filled in.
  return { ok: true, profile: JSON.parse(JSON.stringify(parsed.profile)) as ProfileDraft, round };
}

export function exportProfileText(profile: ProfileDraft): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Offers a text as a file download. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
