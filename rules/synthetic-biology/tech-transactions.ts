import { Calc } from "@/lib/engine/calc";
import { above, atLeast } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { answer } from "../shared/answers";
import { READ } from "./shared";

const institutionParams = {
  rate: param.rate(
    percent(5),
    t(
      "年度输出技术合同交易额的比例（不超过）",
      "share of the year's outbound contract value, at most",
    ),
  ),
  cap: param.yuan(wan(200), t("奖励金额最高不超过", "reward cap")),
};

/** (三) first sentence: universities, institutes and new R&D institutions. */
export const institutionTechTransactions = defineClause({
  id: "synthetic-biology/3-a",
  policy: "synthetic-biology",
  article: "（三）",
  page: 38,
  heading: "支持开展技术交易活动",
  leadDepartment: "市科技局",
  beneficiary: "university-or-institute",
  kind: "formula",
  requiresReview: false,
  text: "对国内高校、科研院校、新型研发机构应用技术交易平台实现的合成生物技术交易活动,按不超过其年度输出技术合同交易额的 5%给予奖励,奖励金额最高不超过 200 万元。",
  summary: t(
    "国内高校、科研院校、新型研发机构经技术交易平台实现合成生物技术交易的，按不超过年度输出技术合同交易额的 5% 奖励，最高 200 万元。",
    "Domestic universities, institutes and new R&D institutions trading synthetic-biology technology through a trading platform: up to 5% of the year's outbound contract value, at most CNY 2M.",
  ),
  needs: t(
    "经技术交易平台输出的合成生物技术合同及登记证明",
    "The synthetic-biology technology contracts sold through a trading platform and their registration",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope("200 万元按单个机构每年计", "CNY 2M per institution per year"),
  ],
  params: institutionParams,
  reads: ["syntheticBiology.platformOutboundContracts"],
  conditions: ({ profile }) => [
    above(
      t(
        "年度经技术交易平台输出的合成生物技术合同交易额",
        "outbound synthetic-biology contract value through a trading platform in the year",
      ),
      profile.syntheticBiology?.platformOutboundContracts,
      0,
      { facts: ["syntheticBiology.platformOutboundContracts"] },
    ),
  ],
  amount: ({ profile, params }) =>
    Calc.base(
      t("年度输出技术合同交易额", "outbound contract value in the year"),
      profile.syntheticBiology!.platformOutboundContracts!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个机构每年奖励上限", "cap per institution per year"))
      .upTo(),
});

const SELLER = "syntheticBiology.registeredContractsAsSeller";
const BUYER = "syntheticBiology.registeredContractsAsBuyer";

/** The one party the enterprise declares (单个企业一个年度只可作为技术合同的一方申报): the larger answered side. */
function declaredParty(
  profile: EventProfile,
): { value: number; party: "seller" | "buyer" } | undefined {
  const s = profile.syntheticBiology?.registeredContractsAsSeller;
  const b = profile.syntheticBiology?.registeredContractsAsBuyer;
  if (s == null && b == null) return undefined;
  return (s ?? -1) >= (b ?? -1) ? { value: s!, party: "seller" } : { value: b!, party: "buyer" };
}

const PARTY = { seller: t("输出方", "seller"), buyer: t("吸纳方", "buyer") };

/** (三) second sentence: synthetic-biology enterprises buying or selling technology. */
export const enterpriseTechTransactions = defineClause({
  id: "synthetic-biology/3-b",
  policy: "synthetic-biology",
  article: "（三）",
  page: 39,
  heading: "支持开展技术交易活动",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "鼓励合成生物企业应用技术交易平台输出和吸纳技术成果,按年度累计认定登记的技术合同交易额每新增 500 万元奖励 1 万元,年度奖励金额最高不超过 200 万元(单个企业一个年度只可作为技术合同的一方申报)。(牵头单位:市科技局)",
  summary: t(
    "合成生物企业经技术交易平台输出或吸纳技术成果的，年度累计认定登记的技术合同交易额每满 500 万元奖励 1 万元，每年最高 200 万元；一个年度只可作为合同的一方申报。",
    "Synthetic-biology enterprises selling or buying technology through a trading platform: CNY 10k for each full CNY 5M of the year's registered contract value, at most CNY 2M a year; one party only per year.",
  ),
  needs: t(
    "技术合同认定登记证明（按申报的一方：输出方或吸纳方）",
    "Registration of the technology contracts, for the one party declared (seller or buyer)",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "“每新增 500 万元”按年度累计认定登记的交易额本身计算，不与上年比较（解读约定第 4 条）；每满 500 万元计一档（第 3 条）",
      "“每新增 500 万元” counts the year's cumulative registered value itself, not growth on last year (readings rule 4); full CNY 5M steps only (rule 3)",
    ),
    t(
      "一个年度只可作为一方申报：按输出方、吸纳方中金额较大的一方计算",
      "Only one party per year: the larger of the seller and buyer sides is counted",
    ),
  ],
  params: {
    step: param.yuan(wan(500), t("每新增技术合同交易额", "per contract value of")),
    perStep: param.yuan(wan(1), t("每档奖励", "reward per step")),
    cap: param.yuan(wan(200), t("年度奖励金额上限", "yearly reward cap")),
  },
  reads: ["syntheticBiology.inSyntheticBiology", SELLER, BUYER],
  conditions: ({ profile, params }) => [
    answer(
      profile,
      "syntheticBiology.inSyntheticBiology",
      t("合成生物企业", "a synthetic-biology enterprise"),
    ),
    atLeast(
      t(
        "按申报一方计的年度累计认定登记技术合同交易额满 500 万元",
        "registered contract value of the declared party reaches CNY 5M",
      ),
      declaredParty(profile)?.value,
      params.step.value,
      { facts: [SELLER, BUYER] },
    ),
  ],
  amount: ({ profile, params }) => {
    const { value, party } = declaredParty(profile)!;
    return Calc.base(
      t(
        `年度累计认定登记的技术合同交易额（${PARTY[party].zh}）`,
        `registered contract value in the year (${PARTY[party].en})`,
      ),
      value,
    )
      .perFullStep(params.step.value, params.perStep.value)
      .cap(params.cap.value, params.cap.label)
      .upTo();
  },
});
