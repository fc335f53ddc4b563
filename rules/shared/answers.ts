import { fact } from "@/lib/engine/conditions";
import type { Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { policySections } from "@/lib/profile/sections";
import type { Profile } from "@/lib/profile/schema";

/** The profile's policy sections ("greenEnergy", "newMaterials", …). */
export type SectionKey = keyof typeof policySections;

/** The yes/no answers of a profile section. */
export type FlagOf<S> = {
  [K in keyof S]-?: NonNullable<S[K]> extends boolean ? K : never;
}[keyof S] &
  string;

/**
 * Reads the yes/no answers of one policy section as conditions, each asked at its profile path:
 * `sectionAnswers("greenEnergy")(profile, "commonTechPlatform", label)` reads
 * "greenEnergy.commonTechPlatform".
 */
export function sectionAnswers<K extends SectionKey>(section: K) {
  return (profile: Profile, field: FlagOf<NonNullable<Profile[K]>>, label: Text): Condition => {
    // `field` names a yes/no answer of the section (FlagOf), read by name.
    const answers = profile[section] as Readonly<Record<string, boolean | undefined>> | undefined;
    return fact(label, answers?.[field], [`${section}.${field}`]);
  };
}
