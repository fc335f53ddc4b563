import {
  endingWarning,
  lastRoundOf,
  roundStatusOf,
  type Round,
  type RoundStatus,
} from "@/lib/engine/round";
import type { Text } from "@/lib/engine/text";
import type { Policy, Validity } from "@/lib/engine/types";
import { noticesFor, type SuccessorNotice } from "@/rules/notices";

/** What the library, the results and the report say about a policy in a round. */
export type PolicyRoundInfo = {
  readonly validity: Validity;
  readonly roundStatus: RoundStatus;
  readonly lastRound: number;
  /** "集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报" while it is ending. */
  readonly warning?: Text;
  /** Later documents known to exist, not included in the estimate. */
  readonly notices: readonly SuccessorNotice[];
};

export function policyRoundInfo(policy: Policy, round: Round): PolicyRoundInfo {
  return {
    validity: policy.validity,
    roundStatus: roundStatusOf(policy.validity, round),
    lastRound: lastRoundOf(policy.validity),
    warning: endingWarning(policy.validity, round, policy.shortName),
    notices: noticesFor(policy.key),
  };
}
