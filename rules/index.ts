import type { Registry } from "@/lib/engine/evaluate";
import type { Lang } from "@/lib/engine/text";
import type { AnyClause, PolicyKey, PolicyRules } from "@/lib/engine/types";
import { biomedicine } from "./biomedicine";
import { highEndEquipment } from "./high-end-equipment";
import { newMaterials } from "./new-materials";
import { greenEnergy } from "./green-energy";
import { integratedCircuits } from "./integrated-circuits";
import { software } from "./software";
import { artificialIntelligence } from "./artificial-intelligence";
import { visualIntelligence } from "./visual-intelligence";
import { syntheticBiology } from "./synthetic-biology";
import { rulesVersionOf } from "./version";

export const POLICY_RULES: readonly PolicyRules[] = [
  biomedicine,
  highEndEquipment,
  newMaterials,
  greenEnergy,
  integratedCircuits,
  software,
  artificialIntelligence,
  visualIntelligence,
  syntheticBiology,
];

/** Every clause of the nine policies, in the order of the texts. */
export const registry: Registry = { version: rulesVersionOf(POLICY_RULES), policies: POLICY_RULES };

export const ALL_CLAUSES: readonly AnyClause[] = POLICY_RULES.flatMap((p) => p.clauses);

const byId = new Map(ALL_CLAUSES.map((c) => [c.id, c]));

export function findClause(id: string): AnyClause | undefined {
  return byId.get(id);
}

const headingsEn = new Map(POLICY_RULES.map((p) => [p.policy.key, p.headingsEn]));

/** A clause's article heading: the Chinese of the text, or its English rendering. */
export function clauseHeading(
  clause: { readonly policy: PolicyKey; readonly heading: string },
  lang: Lang,
): string {
  if (lang === "zh") return clause.heading;
  return headingsEn.get(clause.policy)?.[clause.heading] ?? clause.heading;
}
