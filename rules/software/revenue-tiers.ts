import { Calc } from "@/lib/engine/calc";
import { above, atLeast, increase, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { tierDifference, tierReachConditions, type TierHistory } from "@/lib/engine/tiers";
import type { Tier } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { answer } from "../shared/answers";
import { growthLabel, yearLabel, yearText, yearsBefore } from "../shared/years";
import { tierDifference as READ_TIERS } from "../shared/readings";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT } from "./shared";

const common = {
  policy: "software",
  article: "（一）",
  page: 24,
  heading: "支持企业做大做强",
  leadDepartment: DEPT.growth,
  requiresReview: false,
} as const;

const tier = (threshold: number, amount: number, zh: string, en: string): Tier => ({
  threshold,
  amount,
  label: t(zh, en),
});

const tierParams = {
  tiers: param.tiers(
    [
      tier(yi(5), wan(50), "年营收首次达到 5 亿元", "revenue first reaching CNY 500M"),
      tier(yi(10), wan(100), "年营收首次达到 10 亿元", "revenue first reaching CNY 1B"),
      tier(yi(20), wan(200), "年营收首次达到 20 亿元", "revenue first reaching CNY 2B"),
      tier(yi(50), wan(500), "年营收首次达到 50 亿元", "revenue first reaching CNY 5B"),
      tier(yi(100), wan(1000), "年营收首次达到 100 亿元", "revenue first reaching CNY 10B"),
      tier(yi(200), wan(1500), "年营收首次达到 200 亿元", "revenue first reaching CNY 20B"),
      tier(yi(500), wan(3000), "年营收首次达到 500 亿元", "revenue first reaching CNY 50B"),
    ],
    t("年营收档位与奖励", "revenue tiers and awards"),
  ),
};

/** Revenue against the higher of last year's and (where entered) the year before's. */
function revenueHistory(
  p: EventProfile,
  tiers: readonly Tier[],
  received: number,
  eventYear: number,
): TierHistory {
  const previous = p.finance?.previous?.revenue;
  const twoYearsAgo = p.finance?.twoYearsAgo?.revenue;
  return {
    tiers,
    value: p.finance?.current?.revenue,
    before: previous === undefined ? undefined : Math.max(previous, twoYearsAgo ?? 0),
    received,
    beforeFacts: ["finance.previous.revenue", "finance.twoYearsAgo.revenue"],
    beforeYears: yearsBefore(eventYear),
  };
}

const TIERS_ID = "software/1-a";

export const revenueTiers = defineClause({
  ...common,
  id: TIERS_ID,
  beneficiary: "enterprise",
  kind: "fixed",
  text: "(一)支持企业做大做强。鼓励企业上规模,对年营收首次达到 5 亿元、10 亿元、20 亿元、50 亿元、100 亿元、200 亿元、500 亿元的软件企业,分别给予 50 万元、100 万元、200 万元、500万元、1000 万元、1500 万元、3000 万元奖励(对进档的企业,奖励差额)。",
  summary: t(
    "软件企业年营收首次达到 5、10、20、50、100、200、500 亿元的，分别奖励 50、100、200、500、1000、1500、3000 万元；进档的奖励差额。",
    "Software enterprises whose revenue first reaches CNY 0.5/1/2/5/10/20/50B receive CNY 0.5/1/2/5/10/15/30M; moving up a tier pays the difference.",
  ),
  needs: t(
    "年度营收审计报告（本年度及此前年度），此前按本条已获奖励的文件。",
    "Audited revenue for this and earlier years; any award already received under this clause.",
  ),
  readings: [
    READ_TIERS,
    t(
      "“首次达到”按已填写的上年度、前年度营收均未达到该档判断",
      "“First reaching” means neither last year's nor (where entered) the year before's revenue reached the tier",
    ),
  ],
  params: tierParams,
  reads: [
    ...SCOPE_READS,
    "finance.current.revenue",
    "finance.previous.revenue",
    "finance.twoYearsAgo.revenue",
    "awardsReceived[].clauseId",
    "awardsReceived[].amount",
  ],
  conditions: ({ profile, params, received, round }) => [
    qualifiedSoftwareEnterprise(profile),
    atLeast(
      yearLabel(round.eventYear, 0, "营业收入达到 5 亿元", "revenue of at least CNY 500M in"),
      profile.finance?.current?.revenue,
      params.tiers.value[0]!.threshold,
      {
        facts: ["finance.current.revenue"],
      },
    ),
    ...tierReachConditions(
      revenueHistory(profile, params.tiers.value, received(TIERS_ID), round.eventYear),
    ),
  ],
  amount: (ctx) =>
    tierDifference(
      revenueHistory(
        ctx.profile,
        ctx.params.tiers.value,
        ctx.received(TIERS_ID),
        ctx.round.eventYear,
      ),
      yearLabel(ctx.round.eventYear, 0, "营业收入奖励", "revenue award for"),
    )!.exactly(),
});

const growthParams = {
  rate: param.rate(percent(1), t("奖励比例（按营收增量）", "share of the revenue increase")),
};

export const revenueGrowth = defineClause({
  ...common,
  id: "software/1-b",
  beneficiary: "enterprise",
  kind: "formula",
  text: "促进企业稳增长,对一定规模以上的软件企业年度营收增速到规定标准的,按营收增量的 1%给予阶梯式奖励。",
  summary: t(
    "一定规模以上的软件企业年度营收增速达到规定标准的：按营收增量的 1% 给予阶梯式奖励（规模、增速标准和阶梯由年度实施通知确定）。",
    "Software enterprises above a certain size whose revenue growth meets the standard: a stepped reward of 1% of the revenue increase (size, standard and steps set by the annual notice).",
  ),
  needs: t(
    "年度营收审计报告（本年度和上年度）；规模门槛、增速标准和阶梯由市经信局年度实施通知明确，向市经信局咨询。",
    "Audited revenue of this and last year; the size threshold, growth standard and steps are set by the Municipal Bureau of Economy and Information Technology's annual notice — ask the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [
    t(
      "规模门槛、增速标准和阶梯未在原文规定（本政策未明事项由市经信局每年下发实施通知明确），由申报企业对照通知确认",
      "The size threshold, growth standard and steps are not in the text (left to the Municipal Bureau of Economy and Information Technology's annual notice); the applicant confirms them against the notice",
    ),
    t(
      "“阶梯式奖励”的阶梯未公布，按营收增量的 1% 作为上限估算（解读约定第 1、2 条）",
      "The steps are not published, so 1% of the increase is taken as the ceiling (readings rules 1 and 2)",
    ),
    t(
      "营收增量 = 本年度营收 − 上年度营收（解读约定第 4 条）",
      "The increase is this year's revenue less last year's (readings rule 4)",
    ),
  ],
  params: growthParams,
  reads: [
    ...SCOPE_READS,
    "software.growthStandardMet",
    "finance.current.revenue",
    "finance.previous.revenue",
  ],
  conditions: ({ profile, round }) => {
    const y = round.eventYear;
    const current = profile.finance?.current?.revenue;
    const previous = profile.finance?.previous?.revenue;
    return [
      qualifiedSoftwareEnterprise(profile),
      answer(
        profile,
        "software.growthStandardMet",
        t(
          "达到年度实施通知规定的规模和营收增速标准",
          "meets the size and growth standard of the annual notice",
        ),
      ),
      known(yearLabel(y, -1, "营业收入", "revenue"), previous, ["finance.previous.revenue"]),
      above(growthLabel(y, "营业收入增长", "revenue grew"), increase(current, previous), 0, {
        facts: ["finance.current.revenue", "finance.previous.revenue"],
      }),
    ];
  },
  amount: ({ profile, params, round }) =>
    Calc.base(
      yearText(
        round.eventYear,
        "营业收入增量（{y} 年 − {y-1} 年）",
        "revenue increase ({y} − {y-1})",
      ),
      profile.finance!.current!.revenue! - profile.finance!.previous!.revenue!,
    )
      .rate(params.rate.value)
      .upTo(),
});

const contributionParams = {
  threshold: param.yuan(yi(5), t("年营收门槛（含）", "revenue, at least")),
  rate: param.rate(
    percent(100),
    t("全额奖励（新增市级留成贡献）", "in full (the new city-retained contribution)"),
  ),
};

export const districtContribution = defineClause({
  ...common,
  id: "software/1-c",
  beneficiary: "district-government",
  kind: "formula",
  text: "年营收5 亿元(含)以上的软件企业,当年市级留成新增贡献部分全额奖励给属地区、县(市)政府,统筹用于企业做优做强。[责任单位:市经信局、国家税务总局杭州市税务局,各区、县(市)政府]",
  summary: t(
    "年营收 5 亿元（含）以上的软件企业，当年市级留成新增贡献部分全额奖励给属地区、县（市）政府，统筹用于企业做优做强。",
    "For software enterprises with revenue of CNY 500M or more, the year's new city-retained fiscal contribution is awarded in full to the local district or county government.",
  ),
  needs: t(
    "企业年度营收及本年度、上年度市级留成财政贡献（税务部门核定）。",
    "The enterprise's revenue and its city-retained fiscal contribution this year and last year (as the tax office certifies).",
  ),
  readings: [
    t(
      "“新增贡献”= 本年度市级留成贡献 − 上年度市级留成贡献（解读约定第 4 条）",
      "The new contribution is this year's city-retained contribution less last year's (readings rule 4)",
    ),
    t(
      "受益方为属地区、县（市）政府，企业本身不获得该笔资金（解读约定第 10 条）",
      "The district or county government receives it, not the enterprise (readings rule 10)",
    ),
  ],
  params: contributionParams,
  reads: [
    ...SCOPE_READS,
    "finance.current.revenue",
    "finance.current.cityRetainedContribution",
    "finance.previous.cityRetainedContribution",
  ],
  conditions: ({ profile, params, round }) => {
    const y = round.eventYear;
    const current = profile.finance?.current?.cityRetainedContribution;
    const previous = profile.finance?.previous?.cityRetainedContribution;
    return [
      qualifiedSoftwareEnterprise(profile),
      atLeast(
        yearLabel(y, 0, "营业收入 5 亿元（含）以上", "revenue of at least CNY 500M in"),
        profile.finance?.current?.revenue,
        params.threshold.value,
        { facts: ["finance.current.revenue"] },
      ),
      above(
        yearText(
          y,
          "{y} 年市级留成贡献较 {y-1} 年新增",
          "the city-retained contribution grew {y-1} → {y}",
        ),
        increase(current, previous),
        0,
        {
          facts: [
            "finance.current.cityRetainedContribution",
            "finance.previous.cityRetainedContribution",
          ],
        },
      ),
    ];
  },
  amount: ({ profile, params, round }) =>
    Calc.base(
      yearText(
        round.eventYear,
        "市级留成新增贡献（{y} 年 − {y-1} 年）",
        "new city-retained contribution ({y} − {y-1})",
      ),
      profile.finance!.current!.cityRetainedContribution! -
        profile.finance!.previous!.cityRetainedContribution!,
    )
      .rate(params.rate.value)
      .exactly(),
});
