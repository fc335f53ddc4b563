import type { ProfilePath } from "@/lib/profile/paths";
import { fact } from "@/lib/engine/conditions";
import type { Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { policySections } from "@/lib/profile/sections";
import type { EventProfile } from "@/lib/profile/years";

/** The profile's policy sections ("greenEnergy", "newMaterials", …). */
type SectionKey = keyof typeof policySections;

/** The yes/no answers of a profile section. */
export type FlagOf<S> = {
  [K in keyof S]-?: NonNullable<S[K]> extends boolean ? K : never;
}[keyof S] &
  string;

/** The profile path of a yes/no answer of a policy section: "greenEnergy.commonTechPlatform". */
export type AnswerPath = {
  [K in SectionKey]: `${K}.${FlagOf<NonNullable<EventProfile[K]>>}`;
}[SectionKey];

type Parsed = {
  readonly section: SectionKey;
  readonly field: string;
  readonly facts: readonly ProfilePath[];
};
const parsed = new Map<string, Parsed>();

function parse(path: AnswerPath): Parsed {
  let p = parsed.get(path);
  if (!p) {
    const dot = path.indexOf(".");
    p = { section: path.slice(0, dot) as SectionKey, field: path.slice(dot + 1), facts: [path] };
    parsed.set(path, p);
  }
  return p;
}

/**
 * The yes/no answer at `path` ("greenEnergy.commonTechPlatform") as a condition: met, unmet, or
 * unknown while unanswered, asking that path.
 */
export function answer(profile: EventProfile, path: AnswerPath, label: Text): Condition {
  const p = parse(path);
  // The path names a yes/no answer of the section (AnswerPath), read by name.
  const answers = profile[p.section] as Readonly<Record<string, boolean | undefined>> | undefined;
  return fact(label, answers?.[p.field], p.facts);
}
