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
import { READ, type KeyField } from "./shared";

/** The key fields article 一 lists (everything but "other"). */
const KEY_FIELDS: readonly KeyField[] = [
  "robot",
  "additive-manufacturing",
  "cnc-machine-tool",
  "new-energy-vehicle",
  "power-system",
  "electric-control-system",
  "automotive-chip",
  "icv-key-parts",
  "rail-transit",
  "aerospace",
  "emergency-and-disaster-prevention",
  "instruments-and-testing",
];

const loanParams = {
  investmentThreshold: param.yuan(wan(2000), LOAN_INTEREST_LABELS.investmentThreshold),
  rate: param.rate(percent(1), LOAN_INTEREST_LABELS.rateAtMost),
  yearlyCap: param.yuan(wan(1000), LOAN_INTEREST_LABELS.yearlyCap),
};

/** 一、 Loan-interest subsidy for fixed-asset projects of the key fields. */
export const loanInterest = defineClause({
  id: "high-end-equipment/1",
  policy: "high-end-equipment",
  article: "一、",
  page: 8,
  heading: "加大重点领域扶持力度",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "本措施重点支持智能装备领域中的机器人、增材制造、数控机床产业等,新能源及智能网联汽车领域中的新能源汽车、动力系统、电控系统、汽车芯片、智能网联汽车关键零部件产业等,综合交通装备领域中的轨道交通、航空航天产业等,特色专用装备领域中的先进应急及自然灾害防治技术产业等,检测与监测设备领域中的仪器仪表和智能检测设备产业等。鼓励上述重点支持领域企业利用银行贷款、债券融资等方式投资固定资产,实际投资总额(不含土地、厂房、旧设备等)达到 2000 万元以上的产业项目,根据实际贷款金额,按不高于 1%的年利率给予贴息补助,单个企业每年享受贴息补助不超过 1000 万元。(牵头单位:市经信局,配合单位:市财政局、市地方金融监管局)",
  summary: t(
    "重点支持领域企业投资固定资产、实际投资总额（不含土地、厂房、旧设备）达到 2000 万元以上的产业项目，按实际贷款金额以不高于 1% 的年利率贴息，单个企业每年不超过 1000 万元。",
    "Enterprises of the key fields investing in fixed-asset industrial projects of at least CNY 20M (excluding land, plant and used equipment): interest subsidy on the actual loan amount at up to 1% a year, at most CNY 10M per enterprise a year.",
  ),
  needs: LOAN_INTEREST_NEEDS,
  readings: [
    READ.maximumStandard,
    READ.keyFields,
    LOAN_INTEREST_READINGS.bankLoansOnly,
    LOAN_INTEREST_READINGS.eligibleInvestment,
    t(
      "同一笔贷款在新材料、绿色能源政策中也可申请贴息的，按“从优、就高、不重复”只贴息一次",
      "A loan also eligible under the new-materials or green-energy policy is subsidised once (从优、就高、不重复)",
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
    enterpriseReads: ["highEndEquipment.keyField"],
    enterprise: ({ profile }) => [
      oneOf(
        t("属于本措施重点支持领域", "in one of the key fields of this policy"),
        profile.highEndEquipment?.keyField,
        KEY_FIELDS,
        ["highEndEquipment.keyField"],
      ),
    ],
    fixedAssetProject: true,
  }),
});
