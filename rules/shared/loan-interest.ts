import { atItem, type ProfilePath } from "@/lib/profile/paths";
import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known, oneOf } from "@/lib/engine/conditions";
import type { Rate, Yuan } from "@/lib/engine/money";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, ClauseContext, Condition, Params } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import type { Loan, Project } from "./items";
import { bearsInterestIn, drawnAfterEffect } from "./loan-years";

/**
 * The loan-interest subsidy (贴息) three policies grant on the same terms: high-end-equipment/1,
 * new-materials/1 and green-energy/3.4-b. Each clause keeps its text and parameters; this is the
 * logic they share: the loan finances a listed project, only bank loans count, the project's
 * eligible investment reaches the threshold, and the subsidy is the loan amount × the rate.
 */

/** The parameters every loan-interest clause states. */
export type LoanInterestParams = Params & {
  readonly investmentThreshold: {
    readonly unit: "yuan";
    readonly value: Yuan;
    readonly label: Text;
  };
  readonly rate: { readonly unit: "rate"; readonly value: Rate; readonly label: Text };
  readonly yearlyCap: { readonly unit: "yuan"; readonly value: Yuan; readonly label: Text };
};

/** Labels of the parameters, where the texts word them alike (不高于 1%, 单个企业每年). */
export const LOAN_INTEREST_LABELS = {
  investmentThreshold: t(
    "产业项目实际投资总额（不含土地、厂房、旧设备等）达到",
    "actual investment of the project (excluding land, plant and used equipment), at least",
  ),
  rateAtMost: t("贴息年利率（不高于）", "annual interest-subsidy rate, at most"),
  yearlyCap: t("单个企业每年享受贴息补助上限", "interest subsidy cap per enterprise per year"),
};

/** Readings the three clauses share. */
export const LOAN_INTEREST_READINGS = {
  bankLoansOnly: t(
    "按较保守理解：贴息基数为“实际贷款金额”，只计银行贷款，债券融资不计；每笔贷款按一个年度的贴息估算",
    "Conservative reading: the base is the actual loan amount, so only bank loans count, not bonds; each loan is estimated for one year of interest",
  ),
  eligibleInvestment: t(
    "投资门槛按项目实际投资总额（不含土地、厂房、旧设备，含新设备）判断（解读约定第 6 条）",
    "The investment threshold applies to the project's eligible investment (excluding land, plant and used equipment; readings rule 6)",
  ),
};

export const LOAN_INTEREST_NEEDS = t(
  "贷款合同与放款凭证、项目备案文件、项目实际投资（不含土地、厂房、旧设备）专项审计报告",
  "Loan contract and drawdown records, project filing, audit of the project's eligible investment",
);

/** The project a loan finances, if the profile lists it. */
export function projectOf(profile: EventProfile, loan: Loan): Project | undefined {
  if (!loan.projectId) return undefined;
  return profile.projects?.find((p) => p.id === loan.projectId);
}

const BANK_LOAN = t(
  "以银行贷款融资（按实际贷款金额计）",
  "financed by a bank loan (the base is the actual loan amount)",
);
const BANK_LOAN_KINDS: readonly Loan["kind"][] = ["bank-loan"];
const KIND_FACTS = ["loans[].kind"] as const;
const PROJECT = t("贷款用于的投资项目", "the project the loan finances");
const PROJECT_FACTS = ["loans[].projectId", "projects"] as const;
const FIXED_ASSET = t("投资固定资产的产业项目", "an industrial fixed-asset investment project");
const FIXED_ASSET_FACTS = ["projects[].isFixedAssetInvestment"] as const;
const INVESTMENT = t(
  "项目实际投资总额（不含土地、厂房、旧设备等）",
  "the project's actual investment (excluding land, plant and used equipment)",
);
const INVESTMENT_FACTS = { facts: ["projects[].eligibleInvestment"] as const };
const LOAN_AMOUNT = t("实际贷款金额", "actual loan amount");
const RATE = t("贴息年利率", "annual interest-subsidy rate");

type Ctx<P extends LoanInterestParams> = ClauseContext<Loan, P>;

/**
 * The reads, conditions and amount of a loan-interest clause. The policy's own conditions on the
 * enterprise (its key fields, the years it counts) come first; the loan's years come last (drawn
 * after the policy took effect, bearing interest in the round's event year: loan-years.ts); `fixedAssetProject` is whether the
 * text asks for a fixed-asset investment (投资固定资产).
 */
export function loanInterestRules<P extends LoanInterestParams = LoanInterestParams>(o: {
  readonly enterpriseReads: readonly ProfilePath[];
  readonly enterprise: (ctx: Ctx<P>) => readonly Condition[];
  readonly fixedAssetProject: boolean;
}): {
  readonly reads: readonly ProfilePath[];
  readonly conditions: (ctx: Ctx<P>) => readonly Condition[];
  readonly amount: (ctx: Ctx<P>) => AmountOutcome;
} {
  const reads: ProfilePath[] = [
    ...o.enterpriseReads,
    "loans[].kind",
    "loans[].amount",
    "loans[].projectId",
    "loans[].year",
    "loans[].drawnOn",
    "loans[].maturityYear",
  ];
  if (o.fixedAssetProject) reads.push("projects[].isFixedAssetInvestment");
  reads.push("projects[].eligibleInvestment");
  return {
    reads,
    conditions: (ctx) => {
      const { item, params } = ctx;
      const project = projectOf(ctx.profile, item);
      const out: Condition[] = [];
      for (const c of o.enterprise(ctx)) out.push(c);
      out.push(
        oneOf(BANK_LOAN, item.kind, BANK_LOAN_KINDS, KIND_FACTS),
        known(PROJECT, project, PROJECT_FACTS),
      );
      if (o.fixedAssetProject)
        out.push(fact(FIXED_ASSET, project?.isFixedAssetInvestment, FIXED_ASSET_FACTS));
      out.push(
        atLeast(
          INVESTMENT,
          project?.eligibleInvestment,
          params.investmentThreshold.value,
          INVESTMENT_FACTS,
        ),
        known(LOAN_AMOUNT, ...atItem(item, "loans[].amount")),
      );
      if (ctx.validity) out.push(drawnAfterEffect(item, ctx.validity));
      out.push(bearsInterestIn(item, ctx.round.eventYear));
      return out;
    },
    amount: ({ item, params }) =>
      Calc.base(LOAN_AMOUNT, item.amount!).rate(params.rate.value, RATE).upTo(),
  };
}
