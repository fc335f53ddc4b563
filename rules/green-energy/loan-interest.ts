import { Calc } from "@/lib/engine/calc";
import { atLeast, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { OVERLAP } from "../shared/overlap-groups";
import { READ, awardsFrom, countedFrom, loans, projectOf, type Sector } from "./shared";

/** The sectors the text names (储能、氢能、光伏、风电、节能环保等). */
const NAMED_SECTORS: readonly Sector[] = [
  "energy-storage",
  "hydrogen",
  "photovoltaic",
  "wind",
  "energy-saving-environmental",
];

const loanParams = {
  investmentThreshold: param.yuan(
    wan(2000),
    t(
      "产业项目实际投资总额（不含土地、厂房、旧设备等）达到",
      "actual investment of the project (excluding land, plant and used equipment), at least",
    ),
  ),
  rate: param.rate(percent(1), t("贴息年利率（最高）", "annual interest-subsidy rate, at most")),
  yearlyCap: param.yuan(
    wan(1000),
    t("每家企业每年贴息上限", "interest subsidy cap per enterprise per year"),
  ),
  awardsFrom,
};

/** 二、（三）4. Loan-interest subsidy for capacity expansion of green-energy enterprises. */
export const loanInterest = defineClause({
  id: "green-energy/3.4-b",
  policy: "green-energy",
  article: "二、（三）4.",
  page: 16,
  heading: "加大重大项目支持力度",
  leadDepartment: "市投资促进局、市国资委、市地方金融监管局、市经信局、市发改委、市财政局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "支持企业增资扩产,对储能、氢能、光伏、风电、节能环保等企业实际投资总额(不含土地、厂房、旧设备等)达 2000 万元以上的产业项目,按实际贷款金额给予最高 1%年利率的贴息补助,每家企业每年贴息不超过 1000 万元。(责任单位:市投资促进局、市国资委、市地方金融监管局、市经信局、市发改委、市财政局)",
  summary: t(
    "储能、氢能、光伏、风电、节能环保等企业实际投资总额（不含土地、厂房、旧设备）达 2000 万元以上的产业项目，按实际贷款金额给予最高 1% 年利率的贴息，每家企业每年不超过 1000 万元。",
    "Storage, hydrogen, PV, wind and energy-saving enterprises with industrial projects of at least CNY 20M (excluding land, plant and used equipment): interest subsidy on the actual loan amount at up to 1% a year, at most CNY 10M per enterprise a year.",
  ),
  needs: t(
    "贷款合同与放款凭证、项目备案文件、项目实际投资（不含土地、厂房、旧设备）专项审计报告",
    "Loan contract and drawdown records, project filing, audit of the project's eligible investment",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "按较保守理解：仅限原文列明的储能、氢能、光伏、风电、节能环保企业，“等”字之外的领域可向市经信局咨询",
      "Conservative reading: only the sectors the text names (storage, hydrogen, PV, wind, energy saving) count; ask 市经信局 about others",
    ),
    t(
      "按较保守理解：贴息基数为“实际贷款金额”，只计银行贷款，债券融资不计；每笔贷款按一个年度的贴息估算",
      "Conservative reading: the base is the actual loan amount, so only bank loans count, not bonds; each loan is estimated for one year of interest",
    ),
    t(
      "投资门槛按项目实际投资总额（不含土地、厂房、旧设备，含新设备）判断（解读约定第 6 条）",
      "The investment threshold applies to the project's eligible investment (excluding land, plant and used equipment; readings rule 6)",
    ),
    READ.from2023,
    t(
      "同一笔贷款在高端装备、新材料政策中也可申请贴息的，按“从优、就高、不重复”只贴息一次",
      "A loan also eligible under the high-end-equipment or new-materials policy is subsidised once (从优、就高、不重复)",
    ),
  ],
  params: loanParams,
  reads: [
    "greenEnergy.sector",
    "enterprise.reportingYear",
    "loans[].kind",
    "loans[].amount",
    "loans[].projectId",
    "projects[].eligibleInvestment",
  ],
  items: loans,
  exclusiveGroup: OVERLAP.loanInterest,
  clauseCap: { amount: loanParams.yearlyCap.value, label: L.perEnterpriseYearCap },
  conditions: ({ profile, item, params }) => {
    const project = projectOf(profile, item);
    return [
      oneOf(
        t(
          "储能、氢能、光伏、风电或节能环保企业",
          "a storage, hydrogen, PV, wind or energy-saving enterprise",
        ),
        profile.greenEnergy?.sector,
        NAMED_SECTORS,
        ["greenEnergy.sector"],
      ),
      countedFrom(
        t("贴息年度为 2023 年及以后", "the subsidised year is 2023 or later"),
        profile.enterprise.reportingYear,
        params.awardsFrom.value,
        ["enterprise.reportingYear"],
      ),
      oneOf(
        t(
          "以银行贷款融资（按实际贷款金额计）",
          "financed by a bank loan (the base is the actual loan amount)",
        ),
        item.kind,
        ["bank-loan"],
        ["loans[].kind"],
      ),
      known(t("贷款用于的投资项目", "the project the loan finances"), project, [
        "loans[].projectId",
        "projects",
      ]),
      atLeast(
        t(
          "项目实际投资总额（不含土地、厂房、旧设备等）",
          "the project's actual investment (excluding land, plant and used equipment)",
        ),
        project?.eligibleInvestment,
        params.investmentThreshold.value,
        { facts: ["projects[].eligibleInvestment"] },
      ),
      known(t("实际贷款金额", "actual loan amount"), item.amount, ["loans[].amount"]),
    ];
  },
  amount: ({ item, params }) =>
    Calc.base(t("实际贷款金额", "actual loan amount"), item.amount!)
      .rate(params.rate.value, t("贴息年利率", "annual interest-subsidy rate"))
      .upTo(),
});
