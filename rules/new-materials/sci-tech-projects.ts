import { Calc } from "@/lib/engine/calc";
import { fact, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { OVERLAP } from "../shared/overlap-groups";
import { sciTechProjects } from "../shared/items";
import { upToCap } from "../shared/amounts";
import { scopeAndAnswer } from "../shared/scope";
import { NEW_MATERIAL_ENTERPRISE, READ, newMaterialEnterprise } from "./shared";

const LEAD = "市科技局、市财政局、市经信局";

const matchingParams = {
  rate: param.rate(
    percent(25),
    t(
      "资助比例（不高于国家、省实际到账补助金额）",
      "share of the national/provincial funding received, at most",
    ),
  ),
  cap: param.yuan(wan(500), t("资助金额上限", "funding cap")),
};

/** 二、 City funding for national and provincial major S&T innovation projects. */
export const majorProjectMatching = defineClause({
  id: "new-materials/2-a",
  policy: "new-materials",
  article: "二、",
  page: 12,
  heading: "推动产业核心技术攻关",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "鼓励新材料企业申报和承担各类国家、省、市重大科技创新项目,解决新材料领域“卡脖子”技术难题,对国家、省级重大科技创新项目按不高于国家、省实际到账补助金额 25%的标准给予资助,资助金额最高不超过 500 万元;",
  summary: t(
    "新材料企业承担国家、省级重大科技创新项目的，按不高于国家、省实际到账补助金额 25% 给予资助，最高 500 万元。",
    "New-material enterprises undertaking national or provincial major S&T innovation projects: up to 25% of the national/provincial funding actually received, at most CNY 5M.",
  ),
  needs: t(
    "国家、省级重大科技创新项目立项文件（任务书）、补助资金实际到账凭证",
    "Project approval (task book) and proof of the national/provincial funds received",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "500 万元按单个企业每年合计计，同时也是单个项目上限",
      "CNY 5M caps the enterprise's total a year, and so each project too",
    ),
    t(
      "同一项目在其他政策中已获配套资助的，按“从优、就高、不重复”只支持一次",
      "A project matched under another policy is paid once (从优、就高、不重复)",
    ),
  ],
  params: matchingParams,
  reads: [
    "newMaterials.field",
    "sciTechProjects[].level",
    "sciTechProjects[].isMajor",
    "sciTechProjects[].fundingReceived",
  ],
  items: sciTechProjects,
  exclusiveGroup: OVERLAP.sciTechMatching,
  clauseCap: {
    amount: matchingParams.cap.value,
    param: "cap",
    label: t("单个企业每年资助上限", "funding cap per enterprise per year"),
  },
  conditions: ({ profile, item }) => [
    newMaterialEnterprise(profile.newMaterials?.field),
    oneOf(
      t("国家或省级项目", "a national or provincial project"),
      item.level,
      ["national", "provincial"],
      ["sciTechProjects[].level"],
    ),
    fact(t("重大科技创新项目", "a major S&T innovation project"), item.isMajor, [
      "sciTechProjects[].isMajor",
    ]),
    known(
      t("国家、省实际到账补助金额", "national/provincial funding actually received"),
      item.fundingReceived,
      ["sciTechProjects[].fundingReceived"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("国家、省实际到账补助金额", "national/provincial funding actually received"),
      item.fundingReceived!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个项目资助上限", "funding cap per project"))
      .upTo(),
});

/** 2-b and 2-c on one profile: one award (OVERLAP.cityMajorProject). */
const CITY_PROJECT_ONCE = t(
  "按较保守理解：同时承担竞争性市级项目和“揭榜挂帅”项目时，原文未说明是否为两个项目，只按较高的一项估算（从优、就高、不重复）",
  "Conservative reading: with both a competitive city project and an open-competition project, the text does not say they are two projects, so only the better award is counted (从优、就高、不重复)",
);

const cityParams = { cap: param.yuan(wan(300), t("市本级资助上限", "city funding cap")) };

/** 二、 Competitive city-level major S&T projects. */
export const cityMajorProject = defineClause({
  id: "new-materials/2-b",
  policy: "new-materials",
  article: "二、",
  page: 12,
  heading: "推动产业核心技术攻关",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "up-to",
  requiresReview: true,
  text: "对竞争性市级重大科技创新项目按研发投入与成果产出绩效,市本级给予最高 300 万元资助;",
  summary: t(
    "竞争性市级重大科技创新项目，按研发投入与成果产出绩效，市本级给予最高 300 万元资助。",
    "Competitive city-level major S&T innovation projects: funding by R&D investment and output performance, up to CNY 3M from the city.",
  ),
  needs: t(
    "竞争性市级重大科技创新项目立项文件、研发投入与成果产出绩效材料；由市科技局评审",
    "Approval of the competitive city project, evidence of R&D investment and results; reviewed by the Municipal Science and Technology Bureau",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "原文未给比例：估算为 0 至 300 万元，按绩效评定",
      "No rate is stated: the estimate runs from 0 to CNY 3M, set by performance",
    ),
    READ.capScope("300 万元按单个企业每年计", "CNY 3M per enterprise a year"),
    CITY_PROJECT_ONCE,
  ],
  params: cityParams,
  exclusiveGroup: OVERLAP.cityMajorProject,
  ...scopeAndAnswer(
    NEW_MATERIAL_ENTERPRISE,
    "newMaterials.competitiveCityProject",
    t("承担竞争性市级重大科技创新项目", "undertakes a competitive city-level major S&T project"),
  ),
  amount: upToCap,
});

const openCompetitionParams = { cap: param.yuan(wan(1000), t("资助上限", "funding cap")) };

/** 二、 Major projects commissioned through open competition (揭榜挂帅). */
export const openCompetitionProject = defineClause({
  id: "new-materials/2-c",
  policy: "new-materials",
  article: "二、",
  page: 12,
  heading: "推动产业核心技术攻关",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "up-to",
  requiresReview: true,
  text: "对采用“揭榜挂帅”择优委托形式实施的重大科技创新项目,给予最高 1000 万元资助。",
  summary: t(
    "采用“揭榜挂帅”择优委托形式实施的重大科技创新项目，给予最高 1000 万元资助。",
    "Major S&T innovation projects commissioned through open competition (揭榜挂帅): up to CNY 10M.",
  ),
  needs: t(
    "“揭榜挂帅”项目榜单与择优委托文件；由市科技局组织",
    "The open-competition listing and commissioning documents; organised by the Municipal Science and Technology Bureau",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "原文未给比例：估算为 0 至 1000 万元，择优委托确定",
      "No rate is stated: the estimate runs from 0 to CNY 10M, set when commissioned",
    ),
    READ.capScope("1000 万元按单个企业每年计", "CNY 10M per enterprise a year"),
    CITY_PROJECT_ONCE,
  ],
  params: openCompetitionParams,
  exclusiveGroup: OVERLAP.cityMajorProject,
  ...scopeAndAnswer(
    NEW_MATERIAL_ENTERPRISE,
    "newMaterials.openCompetitionProject",
    t(
      "承担“揭榜挂帅”择优委托的重大科技创新项目",
      "undertakes a major project commissioned through open competition",
    ),
  ),
  amount: upToCap,
});
