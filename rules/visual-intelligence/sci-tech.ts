import { Calc } from "@/lib/engine/calc";
import { above, fact, known, listIncludes, not, oneOf, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { OVERLAP } from "../shared/overlap-groups";
import { L } from "../shared/labels";
import { namedItems, type SciTechProject } from "../shared/items";
import { answer } from "../shared/answers";
import { UNDER_EXISTING_POLICIES } from "./shared";

/** The prescribed ratio is read to four decimals of a percent: percent() takes plain decimals only. */
const RATIO_PRECISION = 10_000;

const MATCHING =
  "在杭企业获得国家、省视觉智能科技项目,上级明确地方配套资金比例的,按要求给予配套补助;上级无明确规定配套资金比例的,根据实际到位国家、省级补助经费不高于 25%的比例给予支持,最高不超过 500 万元。(市科技局)";

/** National or provincial S&T projects in visual intelligence; projects whose field is not answered are kept (and asked). */
const visionSciTechProjects = namedItems<SciTechProject>(
  (p) =>
    p.sciTechProjects?.filter(
      (x) => x.industries === undefined || x.industries.includes("visual-intelligence"),
    ),
  "sciTechProjects",
  t("国家、省科技项目", "national or provincial S&T project"),
);

/** The conditions 7-a and 7-b share: a Hangzhou enterprise with a national or provincial visual-intelligence project. */
function matchingConditions(profile: EventProfile, item: SciTechProject): Condition[] {
  return [
    fact(
      t("在杭企业", "an enterprise registered in Hangzhou"),
      profile.enterprise.registeredInHangzhou,
      ["enterprise.registeredInHangzhou"],
    ),
    listIncludes(
      t("视觉智能领域科技项目", "a visual-intelligence S&T project"),
      item.industries,
      "visual-intelligence",
      ["sciTechProjects[].industries"],
    ),
    oneOf(
      t("国家或省级科技项目", "a national or provincial project"),
      item.level,
      ["national", "provincial"],
      ["sciTechProjects[].level"],
    ),
    known(
      t("实际到位国家、省级补助经费", "national or provincial funding actually received"),
      item.fundingReceived,
      ["sciTechProjects[].fundingReceived"],
    ),
  ];
}

const MATCHING_READS = [
  "enterprise.registeredInHangzhou",
  "sciTechProjects[].industries",
  "sciTechProjects[].level",
  "sciTechProjects[].matchingRatioPrescribed",
  "sciTechProjects[].fundingReceived",
] as const;

export const keyTechChallenges = defineClause({
  id: "visual-intelligence/s3.8",
  policy: "visual-intelligence",
  article: "三、（三）8.",
  page: 35,
  heading: "加强关键技术攻关",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: true,
  text: "8.加强关键技术攻关。依托高校院所、科研机构力量,加强大数据智能、跨媒体感知计算、混合增强智能等基础研究。聚焦视觉智能芯片、核心器件等研发和应用,支持企业、机构申报国家科技项目和省“尖兵”“领雁”项目。征集视觉智能技术攻关清单,通过市重大科技专项给予支持。每年推荐申报视觉智能领域省级及以上科技项目 30 项以上。(市科技局、市经信局)",
  summary: t(
    "征集视觉智能技术攻关清单，通过市重大科技专项给予支持；支持企业、机构申报国家科技项目和省“尖兵”“领雁”项目；金额未规定。",
    "Visual-intelligence technology challenges are collected into a list and supported through the city's major S&T programme; applications for national and provincial “尖兵” / “领雁” projects are supported; amount not stated.",
  ),
  needs: t(
    "视觉智能芯片、核心器件等关键技术攻关项目方案。支持通过市重大科技专项立项、金额未规定，请向市科技局（牵头）咨询技术攻关清单征集和专项申报。",
    "A plan for the key-technology project (chips, core devices…). Support comes through the city's major S&T programme and its amount is not stated: ask the Municipal Science and Technology Bureau (the Municipal Science and Technology Bureau, lead) about the challenge list and the programme.",
  ),
  params: {},
  reads: ["visualIntelligence.keyTechChallenge"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.keyTechChallenge",
      t(
        "承担视觉智能芯片、核心器件等关键技术攻关",
        "works on a visual-intelligence key technology (chips, core devices…)",
      ),
    ),
    toWin(
      t(
        "列入视觉智能技术攻关清单并获市重大科技专项立项",
        "put on the challenge list and funded by the city's major S&T programme",
      ),
    ),
  ],
});

export const prescribedMatching = defineClause({
  id: "visual-intelligence/7-a",
  policy: "visual-intelligence",
  article: "四、（三）7.",
  page: 37,
  heading: "支持申报重大科技项目",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: MATCHING,
  summary: t(
    "在杭企业获得国家、省视觉智能科技项目，上级明确地方配套资金比例的，按要求给予配套补助（比例由上级规定）。",
    "Hangzhou enterprises with national or provincial visual-intelligence S&T projects for which the higher level prescribes a local matching ratio: matching funds at that ratio.",
  ),
  needs: t(
    "国家、省科技项目立项文件（载明地方配套比例）和资助经费到账凭证。",
    "The national or provincial project award stating the local matching ratio, and proof of the funds received.",
  ),
  readings: [
    t(
      "配套金额 = 上级规定的地方配套比例 × 实际到位的国家、省级补助经费；比例取自上级文件（由申请人填写），本文未规定比例。",
      "Matching = the local matching ratio the higher level prescribes × the national or provincial funds actually received; the ratio comes from the higher-level award (entered by the applicant), not from this text.",
    ),
    L.conservative(
      "上级规定的是“地方”配套，可能由省、市、区共同承担，估算为不超过按该比例计算的金额。",
      "the prescribed share is the “local” matching, which the province, city and district may share, so the estimate is up to the amount at that ratio.",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {},
  reads: [...MATCHING_READS, "sciTechProjects[].prescribedMatchingRatio"],
  items: visionSciTechProjects,
  exclusiveGroup: OVERLAP.sciTechMatching,
  conditions: ({ profile, item }) => [
    ...matchingConditions(profile, item),
    fact(
      t("上级明确规定了地方配套资金比例", "the higher level prescribes a local matching ratio"),
      item.matchingRatioPrescribed,
      ["sciTechProjects[].matchingRatioPrescribed"],
    ),
    above(
      t("上级规定的地方配套比例", "the prescribed local matching ratio"),
      item.prescribedMatchingRatio,
      0,
      {
        facts: ["sciTechProjects[].prescribedMatchingRatio"],
        unit: "percent",
      },
    ),
  ],
  amount: ({ item }) => {
    const ratio = Math.round(item.prescribedMatchingRatio! * RATIO_PRECISION) / RATIO_PRECISION;
    return Calc.base(
      t("实际到位国家、省级补助经费", "national or provincial funds actually received"),
      item.fundingReceived!,
    )
      .rate(percent(ratio), t("上级规定的地方配套比例", "the prescribed local matching ratio"))
      .upTo();
  },
});

const provincialMatchingParams = {
  rate: param.rate(
    percent(25),
    t("支持比例（不高于实际到位补助经费）", "share of the funds received, at most"),
  ),
  cap: param.yuan(wan(500), t("支持金额最高", "support, at most")),
};

export const defaultMatching = defineClause({
  id: "visual-intelligence/7-b",
  policy: "visual-intelligence",
  article: "四、（三）7.",
  page: 37,
  heading: "支持申报重大科技项目",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: MATCHING,
  summary: t(
    "在杭企业获得国家、省视觉智能科技项目，上级无明确规定配套资金比例的，按实际到位国家、省级补助经费不高于 25% 给予支持，最高不超过 500 万元。",
    "Hangzhou enterprises with national or provincial visual-intelligence S&T projects and no prescribed matching ratio: up to 25% of the national or provincial funds actually received, capped at CNY 5M.",
  ),
  needs: t(
    "国家、省科技项目立项文件和资助经费到账凭证。",
    "The national or provincial project award and proof of the funds received.",
  ),
  readings: [
    L.conservative(
      "“最高不超过 500 万元”未写明按项目还是按企业，按每家企业每年合计不超过 500 万元。",
      "the CNY 5M cap does not say per project or per enterprise, so it is applied per enterprise and year.",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: provincialMatchingParams,
  reads: MATCHING_READS,
  items: visionSciTechProjects,
  exclusiveGroup: OVERLAP.sciTechMatching,
  clauseCap: {
    amount: provincialMatchingParams.cap.value,
    param: "cap",
    label: L.perEnterpriseYearCap,
  },
  conditions: ({ profile, item }) => [
    ...matchingConditions(profile, item),
    not(
      t("上级无明确规定配套资金比例", "no local matching ratio prescribed by the higher level"),
      item.matchingRatioPrescribed,
      ["sciTechProjects[].matchingRatioPrescribed"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("实际到位国家、省级补助经费", "national or provincial funds actually received"),
      item.fundingReceived!,
    )
      .rate(params.rate.value, params.rate.label)
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});

export const chainLeaderRnd = defineClause({
  id: "visual-intelligence/8",
  policy: "visual-intelligence",
  article: "四、（三）8.",
  page: 37,
  heading: "支持关键技术攻关",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "8.支持关键技术攻关。支持链主企业加强关键技术攻关,对年度研发投入达到一定规模的技术项目给予相应补助。支持视觉智能等新型专用芯片开发应用。(市经信局)",
  summary: t(
    "链主企业年度研发投入达到一定规模的技术项目，给予相应补助；门槛和金额未规定。支持视觉智能等新型专用芯片开发应用。",
    "Technology projects of chain leaders whose yearly R&D investment reaches a certain scale: a subsidy; threshold and amount not stated. New special-purpose chips such as vision chips are supported.",
  ),
  needs: t(
    "链主企业认定材料、技术项目年度研发投入专项审计报告。门槛和补助标准未规定，请向市经信局（牵头）咨询。",
    "Proof of chain-leader status and an audit of the project's yearly R&D investment. The threshold and subsidy are not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [
    t(
      "研发投入“一定规模”的门槛未规定，只检查技术项目有年度研发投入。",
      "The R&D scale required is not stated; only that the project has R&D investment in the year is checked.",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {},
  reads: ["visualIntelligence.chainLeader", "visualIntelligence.keyTechRdInvestment"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.chainLeader",
      t("视觉智能产业链链主企业", "chain-leader enterprise"),
    ),
    above(
      t(
        "技术项目有年度研发投入（规模门槛未规定）",
        "the technology project has R&D investment in the year (scale not stated)",
      ),
      profile.visualIntelligence?.keyTechRdInvestment,
      0,
      {
        facts: ["visualIntelligence.keyTechRdInvestment"],
      },
    ),
  ],
});
