import { amountText } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { endingWarning, lastRoundOf, roundStatusOf } from "@/lib/engine/round";
import { clauseTitle } from "@/lib/library";
import { APPLICATION } from "@/rules/application";
import { POLICIES } from "@/rules/policies";
import { POLICY_TITLES_EN } from "./policy-titles";

export type PolicyStatusLine = {
  readonly policy: string;
  readonly status: string;
  /** Later documents, the last round, what an ended policy would have paid. */
  readonly notes: readonly string[];
};

function statusText(key: PolicyKey, result: EvaluationResult, lang: Lang): string {
  const zh = lang === "zh";
  const { from, to } = POLICIES[key].validity;
  const entry = result.policies.find((p) => p.key === key);
  const last = lastRoundOf(POLICIES[key].validity);
  switch (entry?.roundStatus ?? roundStatusOf(POLICIES[key].validity, result.round)) {
    case "ended":
      return zh
        ? `已结束（有效期至 ${to}，最后一轮 ${last} 年申报）`
        : `Ended (valid until ${to}, last round ${last})`;
    case "not-yet-effective":
      return zh ? `尚未施行（自 ${from} 起施行）` : `Not yet in force (from ${from})`;
    case "last-round":
      return zh
        ? `本轮为最后一轮（有效期至 ${to}：${last} 年申报 ${last - 1} 年度事项）`
        : `Last round (valid until ${to}: the ${last} round for events of ${last - 1})`;
    default: {
      const ending = endingWarning(POLICIES[key].validity, result.round, POLICIES[key].shortName);
      if (ending) return ending[lang];
      return zh ? `有效（有效期至 ${to}）` : `In force (valid until ${to})`;
    }
  }
}

/** Status, successor documents and lost amounts of the policies the report covers. */
export function policyStatuses(
  keys: readonly PolicyKey[],
  result: EvaluationResult,
  lang: Lang,
): PolicyStatusLine[] {
  const zh = lang === "zh";
  return keys.map((key) => {
    const entry = result.policies.find((p) => p.key === key);
    const lost = result.clauses.filter(
      (c) =>
        c.policy === key &&
        c.forApplicant &&
        (c.status === "expired" || c.status === "not-yet-effective") &&
        c.amount &&
        c.amount.max > 0,
    );
    const notes = [
      ...(entry?.lastRound
        ? [
            zh
              ? `最后一轮申报：${entry.lastRound} 年`
              : `Last application round: ${entry.lastRound}`,
          ]
        : []),
      ...APPLICATION[key].successors.map((s) =>
        zh ? `相关新政策：${s.zh}` : `Later document: ${s.en}`,
      ),
      ...lost.map((c) =>
        zh
          ? `不在有效期内，按目前填写本可获得：${clauseTitle(c.id, lang)} ${amountText(c.amount!, lang)}`
          : `Out of force; would have paid: ${clauseTitle(c.id, lang)} ${amountText(c.amount!, lang)}`,
      ),
    ];
    const title = `《${POLICIES[key].title}》`;
    const policy = lang === "zh" ? title : `${title} (${POLICY_TITLES_EN[key]})`;
    return { policy, status: statusText(key, result, lang), notes };
  });
}
