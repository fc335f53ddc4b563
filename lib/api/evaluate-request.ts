import { t, type Lang } from "@/lib/engine/text";
import { isRoundYear, roundOf, type Round } from "@/lib/engine/round";
import { isIsoDate } from "@/lib/engine/validity";
import { currentRound, roundOn } from "@/lib/rounds";
import { parseProfileInput } from "@/lib/evaluations/parse-profile";
import type { Profile } from "@/lib/profile/schema";
import { bothRoundAndAsOf, invalidAsOf, invalidRound } from "./as-of";
import type { FieldError } from "./problem";

/** `round` is the one given, or picked from `asOf`; undefined: neither was given. */
export type EvaluateRequest = {
  readonly profile: Profile;
  readonly round: Round | undefined;
  /** The profile came in version 1 (upgraded; the answer carries a Deprecation header). */
  readonly profileVersion: 1 | 2;
};

export type EvaluateRequestResult =
  | { readonly ok: true; readonly request: EvaluateRequest }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const LABELS = {
  body: t("请求体", "Request body"),
  profile: t("企业档案", "Enterprise profile"),
  unknown: t("未知字段", "Unknown field"),
};

const MESSAGES = {
  body: t(
    "应为 JSON 对象，包含 profile 字段（以及可选的 round 或 asOf）",
    "Expected a JSON object with a profile (and optionally round or asOf)",
  ),
  profileMissing: t("缺少企业档案", "The profile is missing"),
  unknownKey: (key: string) =>
    t(
      `不支持的字段 "${key}"（只接受 profile、round 和 asOf）`,
      `Unknown field "${key}" (only profile, round and asOf are accepted)`,
    ),
};

const ALLOWED_KEYS = new Set(["profile", "round", "asOf"]);

/** What parseProfile writes as the path of a problem with the whole profile, per language. */
const wholeProfilePath = {
  zh: firstProblemPath("zh"),
  en: firstProblemPath("en"),
};

function firstProblemPath(lang: Lang): string | undefined {
  const r = parseProfileInput(null, lang);
  return r.ok ? undefined : r.problems[0]?.path;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks the body of POST /evaluate: an object with `profile` and an optional `round` (a year) or
 * `asOf` (a date that picks the round open or next to open on it). Every bad
 * field is reported, the profile's through parseProfileInput (schema and references) with labels in the client's language;
 * paths are relative to the body ("profile.enterprise.district").
 */
export function parseEvaluateRequest(body: unknown, lang: Lang): EvaluateRequestResult {
  if (!isPlainObject(body))
    return {
      ok: false,
      errors: [{ path: "", label: LABELS.body[lang], message: MESSAGES.body[lang] }],
    };

  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (!ALLOWED_KEYS.has(key))
      errors.push({
        path: key,
        label: LABELS.unknown[lang],
        message: MESSAGES.unknownKey(key)[lang],
      });
  }

  const asOf = body.asOf;
  const roundYear = body.round;
  let round: Round | undefined;
  if (asOf !== undefined && !(typeof asOf === "string" && isIsoDate(asOf))) {
    errors.push(invalidAsOf(lang));
  } else if (typeof asOf === "string") round = roundOn(asOf);
  if (roundYear !== undefined && !isRoundYear(roundYear)) errors.push(invalidRound(lang));
  else if (roundYear !== undefined) round = roundOf(roundYear);
  if (roundYear !== undefined && asOf !== undefined) errors.push(bothRoundAndAsOf(lang));

  let profile: Profile | undefined;
  let profileVersion: 1 | 2 = 2;
  if (body.profile === undefined) {
    errors.push({
      path: "profile",
      label: LABELS.profile[lang],
      message: MESSAGES.profileMissing[lang],
    });
  } else {
    // A version-1 profile's “本年度” figures are those of the round's event year.
    const eventYear = (round ?? currentRound()).eventYear;
    const parsed = parseProfileInput(body.profile, lang, { eventYear });
    if (parsed.ok) {
      profile = parsed.profile;
      profileVersion = parsed.from ?? 2;
    } else
      for (const p of parsed.problems) {
        const whole = p.path === wholeProfilePath[lang];
        errors.push({
          path: whole ? "profile" : `profile.${p.path}`,
          label: p.label ?? LABELS.profile[lang],
          message: p.message,
        });
      }
  }

  if (errors.length > 0 || !profile) return { ok: false, errors };
  return { ok: true, request: { profile, round, profileVersion } };
}
