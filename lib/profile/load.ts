import { t, type Text } from "@/lib/engine/text";
import { profileSchema, type Profile } from "./schema";
import { jsonPath } from "./unknown-keys";
import { upgradeProfile } from "./upgrade";

export type LoadedProfile =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** JSON paths of the keys dropped because this version of the schema does not know them. */
      readonly dropped: readonly string[];
      /** What was dropped or upgraded, for a log or a notice; undefined when nothing was. */
      readonly note: Text | undefined;
      /** The version the stored profile was written in. */
      readonly from: 1 | 2;
    }
  | { readonly ok: false };

type Json = Record<string | number, unknown>;

const childAt = (root: unknown, path: readonly PropertyKey[]): Json | undefined => {
  let node = root;
  for (const part of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Json)[part as string | number];
  }
  return typeof node === "object" && node !== null ? (node as Json) : undefined;
};

/** Each pass drops every unknown key zod reports; nesting deeper than this is not a profile. */
const MAX_PASSES = 10;

/**
 * A copy of `value` without the keys the profile schema does not know, at any depth, and their
 * JSON paths. Other problems (a wrong type, a value out of range) are left for the caller: this
 * also cleans a draft that is still being typed.
 */
export function dropUnknownKeys(value: unknown): { value: unknown; dropped: string[] } {
  const current: unknown = structuredClone(value);
  const dropped: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const r = profileSchema.safeParse(current);
    if (r.success) break;
    const unknown = r.error.issues.filter((i) => i.code === "unrecognized_keys");
    if (unknown.length === 0) break;
    for (const issue of unknown) {
      const parent = childAt(current, issue.path);
      for (const key of issue.keys) {
        if (parent) delete parent[key];
        dropped.push(jsonPath([...issue.path, key]));
      }
    }
  }
  return { value: current, dropped };
}

/**
 * Loads a stored profile leniently. Profiles saved by older versions may hold keys this schema no
 * longer knows: those are dropped (and listed), so that nothing saved is refused or lost beyond
 * them. Input from users (API, CLI, forms) is parsed strictly instead (parse.ts). Any other
 * problem (a wrong type, a value out of range) makes the load fail: the caller decides. A version-1
 * profile is upgraded first; `eventYear` places its figures when it states no reporting year.
 */
export function loadStoredProfile(value: unknown, eventYear?: number): LoadedProfile {
  const upgraded = upgradeProfile(value, eventYear);
  if (!upgraded.ok) return { ok: false };
  const { value: cleaned, dropped } = dropUnknownKeys(upgraded.value);
  const r = profileSchema.safeParse(cleaned);
  if (!r.success) return { ok: false };
  const droppedNote =
    dropped.length === 0
      ? undefined
      : t(
          `档案中有本版本不再使用的字段，已略去：${dropped.join("、")}`,
          `Fields this version no longer uses were left out of the profile: ${dropped.join(", ")}`,
        );
  const notes = [upgraded.note, droppedNote].filter((n) => n !== undefined);
  const note = notes.length
    ? t(notes.map((n) => n.zh).join("；"), notes.map((n) => n.en).join("; "))
    : undefined;
  return { ok: true, profile: r.data, dropped, note, from: upgraded.from };
}
