import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { platforms, type Platform } from "../shared/items";
import { fixedRate } from "../shared/readings";
import { yearLabel } from "../shared/years";
import { DEPT, READ } from "./shared";

const common = {
  policy: "software",
  article: "（七）",
  page: 25,
  heading: "培育创新平台",
  leadDepartment: DEPT.cityAndScience,
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  items: platforms,
} as const;

const innovationPlatform = (item: Platform): Condition =>
  fact(
    t(
      "链主企业、院校、研究机构联合建设的开源、代码托管及开发测试、软件测试验证等新型公共服务平台",
      "a new open-source, code-hosting, dev-test or software-verification platform jointly built by chain leaders, universities and institutes",
    ),
    item.softwareInnovation,
    ["platforms[].softwareInnovation"],
  );

const constructionParams = {
  rate: param.rate(
    percent(6),
    t("补助比例（不超过项目审定总投入费用）", "share of the approved total investment, at most"),
  ),
  cap: param.yuan(wan(5000), t("最高补助", "cap")),
};

export const innovationPlatformConstruction = defineClause<Platform, typeof constructionParams>({
  ...common,
  id: "software/7-a",
  text: "(七)培育创新平台。支持链主企业、院校、研究机构联合建设涉及开源平台、开源社区、代码托管及开发测试、软件测试验证等领域的新型公共服务平台。对符合条件的,按不超过项目审定总投入费用 6%的标准,一次性给予平台建设方最高 5000 万元补助。",
  summary: t(
    "链主企业、院校、研究机构联合建设的开源平台、开源社区、代码托管及开发测试、软件测试验证等新型公共服务平台：按不超过项目审定总投入 6% 一次性补助平台建设方，最高 5000 万元。",
    "New public service platforms for open source, code hosting, dev-test or software verification jointly built by chain leaders, universities and institutes: a one-off subsidy to the builder of up to 6% of the approved total investment, capped at CNY 50M.",
  ),
  needs: t(
    "平台建设方案、联合建设协议、项目总投入的审计材料；总投入以主管部门审定为准。",
    "The platform plan, the joint-construction agreement and audited investment; the department approves the total.",
  ),
  readings: [
    t(
      "“项目审定总投入费用”按申报的实际建设投入估算，以主管部门审定数为准",
      "The approved total investment is estimated from the construction investment entered; the department's approved figure prevails",
    ),
    t(
      "一次性给予平台建设方最高 5000 万元：同一建设方多个平台合计不超过 5000 万元（按较保守理解）",
      "Up to CNY 50M once to the builder: several platforms of one builder together at most CNY 50M (conservative reading)",
    ),
    READ.ceilingAmounts,
  ],
  params: constructionParams,
  reads: ["platforms[].softwareInnovation", "platforms[].constructionInvestment"],
  exclusiveGroup: OVERLAP.platformConstruction,
  clauseCap: {
    amount: constructionParams.cap.value,
    param: "cap",
    label: t("平台建设方最高补助", "cap per platform builder"),
  },
  conditions: ({ item }) => [
    innovationPlatform(item),
    known(
      t("项目总投入（实际建设投入）", "total investment (construction investment)"),
      item.constructionInvestment,
      ["platforms[].constructionInvestment"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("项目总投入（实际建设投入）", "total investment (construction investment)"),
      item.constructionInvestment!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});

const operationParams = {
  enterprisesServed: param.count(
    100,
    t(
      "年服务企业数（不低于，第二年起按新增计）",
      "enterprises served a year, at least (new ones from the second year)",
    ),
  ),
  rate: param.rate(
    percent(30),
    t("补助比例（按上一年度运营费用）", "share of the previous year's operating expenses"),
  ),
  cap: param.yuan(wan(300), t("最高补助", "cap")),
};

export const innovationPlatformOperation = defineClause<Platform, typeof operationParams>({
  ...common,
  id: "software/7-b",
  text: "对通过发放适配认证证书、签订服务合同等方式年服务企业不低于 100 家(从第二年开始计算新增企业数)的平台,按其上一年度运营费用的 30%给予最高 300 万元补助。(责任单位:市经信局、市科技局)",
  summary: t(
    "通过发放适配认证证书、签订服务合同等方式年服务企业不低于 100 家（第二年起按新增企业数计）的平台：按上一年度运营费用的 30% 补助，最高 300 万元。",
    "Platforms serving at least 100 enterprises a year through compatibility certificates or service contracts (new enterprises from the second year): 30% of the previous year's operating expenses, capped at CNY 3M.",
  ),
  needs: t(
    "适配认证证书、服务合同等服务企业清单，上一年度运营费用审计报告。",
    "The list of served enterprises (certificates, contracts) and audited operating expenses of the previous year.",
  ),
  readings: [
    t(
      "本款平台按第（七）条所述新型公共服务平台理解",
      "The platforms are read as the new public service platforms of article (七)",
    ),
    t(
      "按较保守理解：第二年起须当年新增服务企业不低于 100 家；首年按全部服务企业数计",
      "Conservative reading: from the second year at least 100 newly served enterprises are needed; in the first year all served enterprises count",
    ),
    READ.capScope("单个申报主体每年最高 300 万元", "CNY 3M per applicant per year"),
    fixedRate,
  ],
  params: operationParams,
  exclusiveGroup: OVERLAP.platformServices,
  reads: [
    "platforms[].softwareInnovation",
    "platforms[].newEnterprisesServed",
    "platforms[].operatingExpense",
  ],
  clauseCap: {
    amount: operationParams.cap.value,
    param: "cap",
    label: t(
      "单个申报主体每年最高补助（按较保守理解）",
      "cap per applicant per year (conservative reading)",
    ),
  },
  conditions: ({ item, params, round }) => [
    innovationPlatform(item),
    atLeast(
      t(
        "年服务企业不低于 100 家（第二年起按新增计）",
        "at least 100 enterprises served (new ones from the second year)",
      ),
      item.newEnterprisesServed,
      params.enterprisesServed.value,
      {
        facts: ["platforms[].newEnterprisesServed"],
        unit: "count",
      },
    ),
    known(yearLabel(round.eventYear, 0, "运营费用", "operating expenses"), item.operatingExpense, [
      "platforms[].operatingExpense",
    ]),
  ],
  amount: ({ item, params, round }) =>
    Calc.base(
      yearLabel(round.eventYear, 0, "运营费用", "operating expenses"),
      item.operatingExpense!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .exactly(),
});
