import { Calc } from "@/lib/engine/calc";
import { fact, not } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { cosmeticIngredients, lessReceived, READ, specialCosmetics } from "./shared";

const ING = "syntheticBiology.cosmeticIngredients[]";
const SPC = "syntheticBiology.specialCosmetics[]";

/** The shared yearly cap of article 8 (8-a and 8-b together), applied as a cap group in index.ts. */
export const cosmeticsYearlyCap = param.yuan(
  wan(100),
  t(
    "单个企业每年资助（奖励）金额上限（本条两项合计）",
    "cap per enterprise per year (both items of the article together)",
  ),
);

const SHARED_CAP = t(
  "“单个企业每年资助（奖励）金额最高不超过 100 万元”为第（八）条两项合计的上限",
  "The CNY 1M yearly cap covers both awards of article 8 together",
);

/** (八) New cosmetic raw materials added to the inventory. */
export const cosmeticIngredientAward = defineClause({
  id: "synthetic-biology/8-a",
  policy: "synthetic-biology",
  article: "（八）",
  page: 39,
  heading: "支持化妆品新原料的研发生产",
  leadDepartment: "市经信局、市市场监管局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "(八)支持化妆品新原料的研发生产。对在国家药品监督管理局注册或备案并成功纳入《已使用化妆品原料目录(2021 年版)》的化妆品新原料,经核准后每项给予最高 30 万元资助;",
  summary: t(
    "在国家药监局注册或备案并纳入《已使用化妆品原料目录（2021 年版）》的化妆品新原料，经核准每项最高资助 30 万元；与特殊化妆品奖励合计每年最高 100 万元。",
    "New cosmetic raw materials registered or filed with the NMPA and added to the 2021 inventory: up to CNY 300k each after approval; with special-cosmetic awards at most CNY 1M a year.",
  ),
  needs: t(
    "新原料注册证或备案凭证、纳入《已使用化妆品原料目录》的证明；经主管部门核准",
    "Registration or filing of the new ingredient and proof of its listing; approval by the department",
  ),
  readings: [READ.maximumStandard, READ.oncePerItem, SHARED_CAP],
  params: {
    award: param.yuan(wan(30), t("每项资助上限", "cap per ingredient")),
    yearlyCap: cosmeticsYearlyCap,
  },
  reads: [`${ING}.registeredOrFiled`, `${ING}.inInventory`],
  items: cosmeticIngredients,
  conditions: ({ item }) => [
    fact(
      t("在国家药品监督管理局注册或备案", "registered or filed with the NMPA"),
      item.registeredOrFiled,
      [`${ING}.registeredOrFiled`],
    ),
    fact(
      t(
        "成功纳入《已使用化妆品原料目录（2021 年版）》",
        "added to the Inventory of Existing Cosmetic Ingredients (2021)",
      ),
      item.inInventory,
      [`${ING}.inInventory`],
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.fixed(params.award.label, params.award.value),
      received("synthetic-biology/8-a", item.id),
    ).upTo(),
});

/** (八) Special-cosmetic registration certificates (hair dyes and perms excluded). */
export const specialCosmeticAward = defineClause({
  id: "synthetic-biology/8-b",
  policy: "synthetic-biology",
  article: "（八）",
  page: 39,
  heading: "支持化妆品新原料的研发生产",
  leadDepartment: "市经信局、市市场监管局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对从事化妆品研发生产的企业,通过注册程序获得特殊化妆品产品注册证(不包含染发剂、烫发剂等化妆品),每个品种给予最高 10 万元奖励。单个企业每年资助(奖励)金额最高不超过 100 万元。(牵头单位:市经信局、市市场监管局)",
  summary: t(
    "从事化妆品研发生产的企业获得特殊化妆品注册证（不含染发剂、烫发剂等）的，每个品种最高奖励 10 万元；与化妆品新原料资助合计每年最高 100 万元。",
    "Cosmetics R&D and production enterprises obtaining special-cosmetic registration certificates (hair dyes, perms etc. excluded): up to CNY 100k per variety; with new-ingredient awards at most CNY 1M a year.",
  ),
  needs: t("特殊化妆品注册证", "Special-cosmetic registration certificate"),
  readings: [READ.maximumStandard, READ.oncePerItem, SHARED_CAP],
  params: {
    award: param.yuan(wan(10), t("每个品种奖励上限", "cap per variety")),
    yearlyCap: cosmeticsYearlyCap,
  },
  reads: [
    "syntheticBiology.cosmeticsEnterprise",
    `${SPC}.registrationCertificate`,
    `${SPC}.hairDyeOrPerm`,
  ],
  items: specialCosmetics,
  conditions: ({ item, profile }) => [
    answer(
      profile,
      "syntheticBiology.cosmeticsEnterprise",
      t("从事化妆品研发生产的企业", "a cosmetics R&D and production enterprise"),
    ),
    fact(
      t(
        "通过注册程序获得特殊化妆品产品注册证",
        "special-cosmetic registration certificate obtained",
      ),
      item.registrationCertificate,
      [`${SPC}.registrationCertificate`],
    ),
    not(
      t("不属于染发剂、烫发剂等化妆品", "not a hair dye, perming agent or similar"),
      item.hairDyeOrPerm,
      [`${SPC}.hairDyeOrPerm`],
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.fixed(params.award.label, params.award.value),
      received("synthetic-biology/8-b", item.id),
    ).upTo(),
});
