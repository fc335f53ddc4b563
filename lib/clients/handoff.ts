import type { Lang } from "@/lib/engine/text";
import { parseProfileInput } from "@/lib/evaluations/parse-profile";
import { readShareFragment, shareFragmentIn } from "@/lib/browser/share-link";
import type { FieldProblem } from "@/lib/profile/parse";
import type { Profile } from "@/lib/profile/schema";
import { currentRound, parseRound } from "@/lib/rounds";
import { HANDOFF_MESSAGES, MAX_HANDOFF_FILE_BYTES, type HandoffFailure } from "./handoff-messages";

/**
 * A self-check handed to a service centre: the file the self-check exported, or its share link
 * (the profile compressed into the address's fragment). Read the same way in the browser (to
 * prefill a form) and on the server (which never trusts the browser's reading): size-bounded,
 * then the profile parsed strictly, references included, as every other input.
 */

export type HandoffSource = "file" | "link";

/** The most a share link may unpack to. */
export const MAX_HANDOFF_LINK_TEXT_BYTES = 256_000;

export { HANDOFF_MESSAGES, MAX_HANDOFF_FILE_BYTES, type HandoffFailure };

export type HandoffResult =
  | {
      readonly ok: true;
      readonly source: HandoffSource;
      readonly profile: Profile;
      /** The application round a link (or a wrapped file) carried. */
      readonly round?: number;
    }
  | {
      readonly ok: false;
      readonly reason: HandoffFailure;
      readonly problems?: readonly FieldProblem[];
    };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * The profile in a JSON text: the profile itself (as the self-check exports it) or an evaluation
 * request `{ profile, round }` (what a share link holds; `asOf` in older links).
 */
export function readHandoffJson(text: string, source: HandoffSource, lang: Lang): HandoffResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (!isObject(json)) return { ok: false, reason: "not-profile" };
  const wrapped = isObject(json.profile) && !("enterprise" in json);
  if (wrapped && Object.keys(json).some((k) => !["profile", "round", "asOf"].includes(k)))
    return { ok: false, reason: "not-profile" };
  const candidate = wrapped ? json.profile : json;
  if (!isObject(candidate) || !isObject(candidate.enterprise))
    return { ok: false, reason: "not-profile" };
  const round = wrapped ? (parseRound(json.round) ?? parseRound(json.asOf))?.year : undefined;
  // A version-1 file's “本年度” figures belong to the round it carries, else to today's round.
  const eventYear = (round ?? currentRound().year) - 1;
  const parsed = parseProfileInput(candidate, lang, { eventYear });
  if (!parsed.ok) return { ok: false, reason: "invalid", problems: parsed.problems.slice(0, 20) };
  return { ok: true, source, profile: parsed.profile, ...(round ? { round } : {}) };
}

/** An exported self-check file's text. */
export function readHandoffFile(text: string, lang: Lang): HandoffResult {
  if (!text.trim()) return { ok: false, reason: "empty" };
  if (byteLength(text) > MAX_HANDOFF_FILE_BYTES) return { ok: false, reason: "too-large" };
  return readHandoffJson(text.replace(/^\uFEFF/, ""), "file", lang);
}

/** A pasted share link (the whole address, its "#p=…" fragment, or the code alone). */
export async function readHandoffLink(pasted: string, lang: Lang): Promise<HandoffResult> {
  if (!pasted.trim()) return { ok: false, reason: "empty" };
  const fragment = shareFragmentIn(pasted);
  if (!fragment) return { ok: false, reason: "not-link" };
  const text = await readShareFragment(fragment, MAX_HANDOFF_LINK_TEXT_BYTES);
  if (text === null) return { ok: false, reason: "link-broken" };
  const result = readHandoffJson(text, "link", lang);
  // A link that unpacks to something other than a profile was not made by the self-check.
  return !result.ok && result.reason !== "invalid" ? { ok: false, reason: "link-broken" } : result;
}

/** Reads either, as a form sends it: `source` names which one `text` is. */
export async function readHandoff(
  source: unknown,
  text: string,
  lang: Lang,
): Promise<HandoffResult> {
  if (source === "file") return readHandoffFile(text, lang);
  if (source === "link") return readHandoffLink(text, lang);
  return { ok: false, reason: "empty" };
}

/** A problem as a reader sees it: the question's label and the message, never the key path. */
export function handoffProblemText(p: FieldProblem, lang: Lang): string {
  const label = p.label ?? (lang === "zh" ? "自测信息" : "Self-check");
  return `${label}${lang === "zh" ? "：" : ": "}${p.message}`;
}
