/**
 * Checked by `npx tsc --noEmit` (npm run typecheck), not run: each `@ts-expect-error` below must
 * meet an error, so a misspelled or non-existent profile path in a condition, a clause's reads or
 * an item source stops the type check. If ProfilePath ever widened to `string`, these directives
 * would be unused and tsc would fail on them instead.
 */
import { fact, known } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Clause, ItemSource } from "@/lib/engine/types";
import { at, atItem, type ProfilePath } from "@/lib/profile/paths";
import type { Profile } from "@/lib/profile/schema";

const L = t("条件", "condition");
declare const profile: Profile;
declare const loan: NonNullable<Profile["loans"]>[number];

export const ok: ProfilePath[] = [
  "finance.current.revenue",
  "projects",
  "projects[].eligibleInvestment",
  "biomedicine.drugs[].rdInvestment",
];

// @ts-expect-error a misspelled field inside a list: eligibleInvestmnt
export const misspelled: ProfilePath = "projects[].eligibleInvestmnt";
// @ts-expect-error a real field under the wrong section
export const wrongSection: ProfilePath = "finance.current.clinicalPhase";
// @ts-expect-error a list path without its "[]" before the item's field
export const noBrackets: ProfilePath = "projects.eligibleInvestment";

// @ts-expect-error a condition citing a path that does not exist
export const badFact = fact(L, true, ["enterprise.aboveDesignatedSise"]);

export const goodRead = fact(L, ...at(profile, "enterprise.aboveDesignatedSize"));
// @ts-expect-error the accessor refuses a misspelled path
export const badRead = known(L, ...at(profile, "finance.current.revenu"));
// @ts-expect-error a yes/no condition cannot read a money figure: value and path come together
export const wrongKind = fact(L, ...at(profile, "finance.current.revenue"));
// @ts-expect-error an item accessor takes item paths only
export const notAnItemPath = known(L, ...atItem(loan, "finance.current.revenue"));

export const reads: Clause["reads"] = [
  "enterprise.roles",
  // @ts-expect-error a clause's reads are profile paths
  "enterprise.role",
];

export const source: Pick<ItemSource<unknown>, "path"> = {
  // @ts-expect-error an item source's list path is a profile path
  path: "loan",
};
