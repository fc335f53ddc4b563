import { Calc, nothing } from "@/lib/engine/calc";
import { above, fact, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import { tierDifference, tierReachConditions, type TierHistory } from "@/lib/engine/tiers";
import type { EventProfile } from "@/lib/profile/years";
import type { AmountOutcome, ClauseContext, Condition } from "@/lib/engine/types";
import { answer } from "../shared/answers";
import { earlierThan, yearLabel } from "../shared/years";
import { tierDifference as READ_TIERS } from "../shared/readings";
import { READ, bioMaterials, lessReceived, type BioMaterial } from "./shared";

const KIND = "syntheticBiology.bioMaterials[].kind";

type Kind = NonNullable<BioMaterial["kind"]>;
type AwardParams = { readonly award: ReturnType<typeof param.yuan> };
type Ctx = ClauseContext<BioMaterial, AwardParams>;

/**
 * 6-a and 6-b: a product of the kinds the sentence names, with the recognition it rewards (CDE
 * activation, FDA certification); paid up to the award, once per product.
 */
function productAward(o: {
  readonly clauseId: string;
  readonly kinds: readonly Kind[];
  readonly kindLabel: Text;
  readonly recognition: "cdeActivated" | "fdaCertified";
  readonly recognitionLabel: Text;
}) {
  const kindFacts = [KIND] as const;
  const recognitionFacts = [`syntheticBiology.bioMaterials[].${o.recognition}`] as const;
  return {
    reads: [...kindFacts, ...recognitionFacts],
    conditions: ({ item }: Ctx): Condition[] => [
      oneOf(o.kindLabel, item.kind, o.kinds, kindFacts),
      fact(o.recognitionLabel, item[o.recognition], recognitionFacts),
    ],
    amount: ({ item, params, received }: Ctx): AmountOutcome =>
      lessReceived(
        Calc.fixed(params.award.label, params.award.value),
        received(o.clauseId, item.id),
      ).upTo(),
  };
}

/** (六) CDE registration activated (I → A). */
export const cdeActivation = defineClause({
  id: "synthetic-biology/6-a",
  policy: "synthetic-biology",
  article: "（六）",
  page: 39,
  heading: "支持生物材料产业化",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对在国家药品监督管理局药品审评中心(CDE)进行相关登记的生物原料药和生物药用辅料,登记号状态由“I”(未激活)变为“A”(激活)的产品给予最高10 万元资助;",
  summary: t(
    "在 CDE 登记的生物原料药、生物药用辅料，登记号状态由“I”变为“A”的，每个产品最高资助 10 万元。",
    "Biological APIs and excipients registered with the CDE whose status changes from “I” to “A”: up to CNY 100k per product.",
  ),
  needs: t(
    "CDE 原辅包登记信息（登记号状态变为“A”的公示）",
    "CDE registration record showing the status changed to “A”",
  ),
  readings: [
    READ.maximumStandard,
    READ.oncePerItem,
    t(
      "每年累计 200 万元的上限写在 FDA 认证一句中，按原文语序只适用于 FDA 认证资助",
      "The CNY 2M yearly cap is written in the FDA sentence and, as worded, applies to the FDA awards only",
    ),
  ],
  params: { award: param.yuan(wan(10), t("每个产品资助上限", "cap per product")) },
  items: bioMaterials,
  ...productAward({
    clauseId: "synthetic-biology/6-a",
    kinds: ["bio-api", "pharma-excipient"],
    kindLabel: t("生物原料药或生物药用辅料", "a biological API or pharmaceutical excipient"),
    recognition: "cdeActivated",
    recognitionLabel: t("CDE 登记号状态由“I”变为“A”", "CDE status changed from “I” to “A”"),
  }),
});

const fdaParams = {
  award: param.yuan(wan(30), t("每个产品资助上限", "cap per product")),
  yearlyCap: param.yuan(
    wan(200),
    t("单个企业每年累计资助上限", "cumulative cap per enterprise per year"),
  ),
};

/** (六) US FDA certification. */
export const fdaCertification = defineClause({
  id: "synthetic-biology/6-b",
  policy: "synthetic-biology",
  article: "（六）",
  page: 39,
  heading: "支持生物材料产业化",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对通过美国食品药品监督管理局(FDA)认证的生物原料药和生物基材料,每个产品给予最高 30 万元资助,单个企业每年累计资助金额最高不超过 200 万元。",
  summary: t(
    "通过美国 FDA 认证的生物原料药和生物基材料，每个产品最高资助 30 万元，单个企业每年累计最高 200 万元。",
    "Biological APIs and bio-based materials certified by the US FDA: up to CNY 300k per product, at most CNY 2M per enterprise a year.",
  ),
  needs: t("FDA 认证证明（如 DMF 审评完成、批准函）", "Evidence of the FDA certification"),
  readings: [READ.maximumStandard, READ.oncePerItem],
  params: fdaParams,
  items: bioMaterials,
  clauseCap: {
    amount: fdaParams.yearlyCap.value,
    param: "yearlyCap",
    label: fdaParams.yearlyCap.label,
  },
  ...productAward({
    clauseId: "synthetic-biology/6-b",
    kinds: ["bio-api", "bio-based-material"],
    kindLabel: t("生物原料药或生物基材料", "a biological API or bio-based material"),
    recognition: "fdaCertified",
    recognitionLabel: t("通过美国 FDA 认证", "certified by the US FDA"),
  }),
});

const REVENUE = "finance.current.revenue";
const PEAK = "syntheticBiology.peakRevenueBefore";

const revenueTiers = param.tiers(
  [
    {
      threshold: yi(1),
      amount: wan(10),
      label: t("营收首次超过 1 亿元", "revenue first above CNY 100M"),
    },
    {
      threshold: yi(2),
      amount: wan(20),
      label: t("营收首次超过 2 亿元", "revenue first above CNY 200M"),
    },
    {
      threshold: yi(5),
      amount: wan(50),
      label: t("营收首次超过 5 亿元", "revenue first above CNY 500M"),
    },
  ],
  t(
    "营收档次与一次性奖励（超过，不含本数）",
    "revenue tiers and one-off rewards (above, exclusive)",
  ),
);

/** 首次超过: this year's revenue against the highest revenue of the earlier years. */
const revenueHistory = (p: EventProfile, received: number, eventYear: number): TierHistory => ({
  tiers: revenueTiers.value,
  value: p.finance?.current?.revenue,
  before: p.syntheticBiology?.peakRevenueBefore,
  received,
  strict: true,
  beforeFacts: [PEAK],
  beforeYears: earlierThan(eventYear),
});

/** (六) Revenue tiers for producers of biological APIs, excipients and bio-based materials. */
export const bioMaterialRevenueTiers = defineClause({
  id: "synthetic-biology/6-c",
  policy: "synthetic-biology",
  article: "（六）",
  page: 39,
  heading: "支持生物材料产业化",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对生产生物原料药、生物药用辅料、生物基材料的企业,当年营收首次超过 1 亿元、2 亿元、5 亿元,分别给予最高 10万元、20 万元、50 万元的一次性奖励(进档的奖励差额)。(牵头单位:市经信局)",
  summary: t(
    "生产生物原料药、生物药用辅料、生物基材料的企业，当年营收首次超过 1 亿、2 亿、5 亿元的，分别给予最高 10 万、20 万、50 万元一次性奖励，进档奖励差额。",
    "Producers of biological APIs, excipients and bio-based materials whose revenue first exceeds CNY 100M / 200M / 500M: one-off rewards of up to CNY 100k / 200k / 500k, paying the difference when moving up.",
  ),
  needs: t(
    "年度审计报告（营业收入）、以前年度营业收入、已获本条奖励的记录",
    "Audited revenue, earlier years' revenue and any award already received under this clause",
  ),
  readings: [
    READ.maximumStandard,
    t("“超过”不含本数", "“超过” is exclusive"),
    READ_TIERS,
    t("“当年营收”按企业全部营业收入计", "“当年营收” is the enterprise's whole revenue"),
  ],
  params: { tiers: revenueTiers },
  reads: ["syntheticBiology.producesBioMaterials", REVENUE, PEAK, "awardsReceived"],
  conditions: ({ profile, params, received, round }) => [
    answer(
      profile,
      "syntheticBiology.producesBioMaterials",
      t(
        "生产生物原料药、生物药用辅料或生物基材料",
        "produces biological APIs, excipients or bio-based materials",
      ),
    ),
    above(
      yearLabel(round.eventYear, 0, "营业收入超过 1 亿元", "revenue above CNY 100M in"),
      profile.finance?.current?.revenue,
      params.tiers.value[0]!.threshold,
      { facts: [REVENUE] },
    ),
    ...tierReachConditions(
      revenueHistory(profile, received("synthetic-biology/6-c"), round.eventYear),
    ),
  ],
  amount: ({ profile, params, received, round }) => {
    const c = tierDifference(
      {
        ...revenueHistory(profile, received("synthetic-biology/6-c"), round.eventYear),
        tiers: params.tiers.value,
      },
      yearLabel(round.eventYear, 0, "营业收入一次性奖励", "one-off revenue reward"),
    );
    return c ? c.upTo() : nothing(t("未达到任何档次", "no tier reached"));
  },
});
