import { fact, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { CapGroup } from "@/lib/engine/types";
import { L } from "../shared/labels";
import { upToAward } from "../shared/amounts";
import { devices, drugs } from "./shared";

const ANNUAL_CAP_TEXT = "每家企业每年累计奖励额度最高不超过 500 万元";
const annualCap = param.yuan(
  wan(500),
  t(
    "每家企业每年累计奖励上限（药品与医疗器械合计）",
    "cap per enterprise per year (drugs and devices together)",
  ),
);
const ANNUAL_CAP_READING = L.conservative(
  "每家企业每年 500 万元的累计上限写在医疗器械句中，按覆盖本条药品和医疗器械奖励合计理解（解读约定第 1 条）",
  "the CNY 5M annual cap, written in the device sentence, is read as covering the article's drug and device awards together (readings rule 1)",
);

export const overseasDrugAward = defineClause({
  id: "biomedicine/17-a",
  policy: "biomedicine",
  article: "（十七）",
  page: 5,
  heading: "支持开拓海外医药市场",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "(十七)支持开拓海外医药市场。对首次取得FDA、EMA、PMDA等机构批准,获得境外上市资质并在相关国外市场实现销售的药品,每个产品给予最高 100 万元奖励。",
  summary: t(
    "药品首次取得 FDA、EMA、PMDA 等机构批准、获得境外上市资质并在相关国外市场实现销售的，每个产品最高奖励 100 万元。",
    "Drugs first approved by the FDA, EMA, PMDA or similar agencies and sold in that market: up to CNY 1M per product.",
  ),
  needs: t(
    "境外监管机构批准文件、境外销售凭证（报关单、发票）",
    "The foreign approval and proof of sales abroad (customs declarations, invoices)",
  ),
  readings: [ANNUAL_CAP_READING],
  params: {
    award: param.yuan(wan(100), t("每个产品奖励上限", "award per product, at most")),
  },
  reads: ["biomedicine.drugs[].overseasApproval", "biomedicine.drugs[].overseasSales"],
  items: drugs,
  conditions: ({ item }) => [
    fact(
      t(
        "首次取得 FDA、EMA、PMDA 等机构批准，获得境外上市资质",
        "first foreign approval (FDA, EMA, PMDA…)",
      ),
      item.overseasApproval,
      ["biomedicine.drugs[].overseasApproval"],
    ),
    fact(t("在相关国外市场实现销售", "sold in that foreign market"), item.overseasSales, [
      "biomedicine.drugs[].overseasSales",
    ]),
  ],
  amount: upToAward,
});

export const overseasDeviceAward = defineClause({
  id: "biomedicine/17-b",
  policy: "biomedicine",
  article: "（十七）",
  page: 5,
  heading: "支持开拓海外医药市场",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对取得国内第三类医疗器械注册证的产品,首次取得FDA、CE、PMDA等市场准入资质并在相关国外市场实现销售的,每个产品给予最高 50 万元奖励,每家企业每年累计奖励额度最高不超过 500 万元。(牵头单位:市经信局,配合单位:市财政局、市市场监管局、钱江海关)",
  summary: t(
    "取得国内第三类医疗器械注册证的产品，首次取得 FDA、CE、PMDA 等市场准入并在相关国外市场实现销售的，每个产品最高奖励 50 万元，每家企业每年累计最高 500 万元。",
    "Products with a Chinese class-III device certificate that first obtain FDA, CE, PMDA or similar access and are sold in that market: up to CNY 500k per product, CNY 5M per enterprise per year.",
  ),
  needs: t(
    "国内第三类医疗器械注册证、境外准入证明、境外销售凭证",
    "The Chinese class-III certificate, the foreign market access and proof of sales abroad",
  ),
  readings: [ANNUAL_CAP_READING],
  params: {
    award: param.yuan(wan(50), t("每个产品奖励上限", "award per product, at most")),
    annualCap,
  },
  reads: [
    "biomedicine.devices[].deviceClass",
    "biomedicine.devices[].firstRegistrationCertificate",
    "biomedicine.devices[].overseasAccess",
    "biomedicine.devices[].overseasSales",
  ],
  items: devices,
  clauseCap: { amount: annualCap.value, param: "annualCap", label: annualCap.label },
  conditions: ({ item }) => [
    oneOf(
      t("第三类医疗器械", "a class-III device"),
      item.deviceClass,
      ["III"],
      ["biomedicine.devices[].deviceClass"],
    ),
    fact(
      t("取得国内医疗器械注册证", "Chinese registration certificate obtained"),
      item.firstRegistrationCertificate,
      ["biomedicine.devices[].firstRegistrationCertificate"],
    ),
    fact(
      t("首次取得 FDA、CE、PMDA 等市场准入资质", "first foreign market access (FDA, CE, PMDA…)"),
      item.overseasAccess,
      ["biomedicine.devices[].overseasAccess"],
    ),
    fact(t("在相关国外市场实现销售", "sold in that foreign market"), item.overseasSales, [
      "biomedicine.devices[].overseasSales",
    ]),
  ],
  amount: upToAward,
});

/** The article's annual cap, read as covering drugs (17-a) and devices (17-b) together. */
export const overseasAnnualCap: CapGroup = {
  id: "biomedicine-overseas-annual-cap",
  label: annualCap.label,
  text: ANNUAL_CAP_TEXT,
  clauses: ["biomedicine/17-a", "biomedicine/17-b"],
  scope: "enterprise",
  cap: annualCap.value,
};
