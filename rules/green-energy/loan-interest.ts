import { oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { OVERLAP } from "../shared/overlap-groups";
import { loans } from "../shared/items";
import {
  LOAN_INTEREST_LABELS,
  LOAN_INTEREST_NEEDS,
  LOAN_INTEREST_READINGS,
  loanInterestRules,
} from "../shared/loan-interest";
import { READ, awardsFrom, eventYearFrom, type Sector } from "./shared";

/** The sectors the text names (储能、氢能、光伏、风电、节能环保等). */
const NAMED_SECTORS: readonly Sector[] = [
  "energy-storage",
  "hydrogen",
  "photovoltaic",
  "wind",
  "energy-saving-environmental",
];

const loanParams = {
  investmentThreshold: param.yuan(wan(2000), LOAN_INTEREST_LABELS.investmentThreshold),
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
  needs: LOAN_INTEREST_NEEDS,
  readings: [
    READ.maximumStandard,
    t(
      "按较保守理解：仅限原文列明的储能、氢能、光伏、风电、节能环保企业，“等”字之外的领域可向市经信局咨询",
      "Conservative reading: only the sectors the text names (storage, hydrogen, PV, wind, energy saving) count; ask the Municipal Bureau of Economy and Information Technology about others",
    ),
    LOAN_INTEREST_READINGS.bankLoansOnly,
    LOAN_INTEREST_READINGS.eligibleInvestment,
    READ.from2023,
    t(
      "同一笔贷款在高端装备、新材料政策中也可申请贴息的，按“从优、就高、不重复”只贴息一次",
      "A loan also eligible under the high-end-equipment or new-materials policy is subsidised once (从优、就高、不重复)",
    ),
  ],
  params: loanParams,
  items: loans,
  exclusiveGroup: OVERLAP.loanInterest,
  clauseCap: {
    amount: loanParams.yearlyCap.value,
    param: "yearlyCap",
    label: L.perEnterpriseYearCap,
  },
  ...loanInterestRules<typeof loanParams>({
    enterpriseReads: ["greenEnergy.sector"],
    enterprise: ({ profile, params, round }) => [
      oneOf(
        t(
          "储能、氢能、光伏、风电或节能环保企业",
          "a storage, hydrogen, PV, wind or energy-saving enterprise",
        ),
        profile.greenEnergy?.sector,
        NAMED_SECTORS,
        ["greenEnergy.sector"],
      ),
      eventYearFrom(round.eventYear, params.awardsFrom.value),
    ],
    fixedAssetProject: false,
  }),
});
