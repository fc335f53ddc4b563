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
import { KEY_FIELDS, READ } from "./shared";

const loanParams = {
  investmentThreshold: param.yuan(wan(2000), LOAN_INTEREST_LABELS.investmentThreshold),
  rate: param.rate(percent(1), LOAN_INTEREST_LABELS.rateAtMost),
  yearlyCap: param.yuan(wan(1000), LOAN_INTEREST_LABELS.yearlyCap),
};

/** 一、 Loan-interest subsidy for fixed-asset projects of the key new-material fields. */
export const loanInterest = defineClause({
  id: "new-materials/1",
  policy: "new-materials",
  article: "一、",
  page: 11,
  heading: "加大重点领域支持力度",
  leadDepartment: "市地方金融监管局、市经信局、市财政局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "鼓励上述重点支持领域企业利用银行贷款、债券融资等方式投资固定资产,对实际投资总额(不含土地、厂房、旧设备等)达到 2000 万元以上的产业项目,根据实际贷款金额,按不高于 1%的年利率给予贴息补助,单个企业每年享受贴息补助金额最高不超过 1000 万元。(责任单位:市地方金融监管局、市经信局、市财政局)",
  summary: t(
    "功能膜、高性能金属、先进半导体、生物、微纳材料等重点支持领域企业投资固定资产、实际投资总额（不含土地、厂房、旧设备）达到 2000 万元以上的产业项目，按实际贷款金额以不高于 1% 的年利率贴息，单个企业每年最高 1000 万元。",
    "Enterprises of the key new-material fields investing in fixed-asset industrial projects of at least CNY 20M (excluding land, plant and used equipment): interest subsidy on the actual loan amount at up to 1% a year, at most CNY 10M per enterprise a year.",
  ),
  needs: LOAN_INTEREST_NEEDS,
  readings: [
    READ.maximumStandard,
    READ.keyFields,
    LOAN_INTEREST_READINGS.bankLoansOnly,
    LOAN_INTEREST_READINGS.eligibleInvestment,
    t(
      "同一笔贷款在高端装备、绿色能源政策中也可申请贴息的，按“从优、就高、不重复”只贴息一次",
      "A loan also eligible under the high-end-equipment or green-energy policy is subsidised once (从优、就高、不重复)",
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
  ...loanInterestRules({
    enterpriseReads: ["newMaterials.field"],
    enterprise: ({ profile }) => [
      oneOf(
        t("属于本措施重点支持的新材料领域", "in one of the key new-material fields"),
        profile.newMaterials?.field,
        KEY_FIELDS,
        ["newMaterials.field"],
      ),
    ],
    fixedAssetProject: true,
  }),
});
