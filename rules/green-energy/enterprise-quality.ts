import { oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { holdsHonour, type HonourKind } from "../shared/honours";
import { scopeAndAnswer, scopeAnd } from "../shared/scope";
import { GREEN_ENERGY_ENTERPRISE, READ } from "./shared";

const LEAD = "市经信局、市市场监管局";

const NICHE_HONOURS: readonly HonourKind[] = [
  "specialised-new",
  "little-giant",
  "hidden-champion",
  "single-champion",
];
const NICHE_HONOUR = t(
  "专精特新、隐形冠军或单项冠军企业",
  "a specialised-and-new, hidden-champion or single-champion enterprise",
);

/** 二、（三）3. Niche champions in green energy (amount by other policies). */
export const nicheChampions = defineClause({
  id: "green-energy/3.3-a",
  policy: "green-energy",
  article: "二、（三）3.",
  page: 16,
  heading: "支持企业提质发展",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "持续打造一批绿色能源细分领域的专精特新、隐形冠军和单项冠军企业,按有关政策给予奖励。",
  summary: t(
    "绿色能源细分领域的专精特新、隐形冠军和单项冠军企业，按有关政策给予奖励；金额未明确。",
    "Specialised-and-new, hidden-champion and single-champion enterprises in green-energy niches are rewarded under the relevant policies; no amount stated.",
  ),
  needs: t(
    "专精特新、隐形冠军或单项冠军认定文件；奖励标准请咨询市经信局",
    "The recognition documents; ask the Municipal Bureau of Economy and Information Technology about the reward",
  ),
  readings: [
    READ.byOtherPolicies("市经信局", "the Municipal Bureau of Economy and Information Technology"),
  ],
  params: {},
  ...scopeAnd(GREEN_ENERGY_ENTERPRISE, "honours[].kind", (profile) =>
    holdsHonour(profile, NICHE_HONOURS, NICHE_HONOUR),
  ),
});

/** 二、（三）3. Leading international or national standards (amount by other policies). */
export const standardsSetting = defineClause({
  id: "green-energy/3.3-b",
  policy: "green-energy",
  article: "二、（三）3.",
  page: 16,
  heading: "支持企业提质发展",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "对主导完成国际、国家标准制定(修订)或参与完成国际标准制定的单位,按有关政策给予奖励。",
  summary: t(
    "主导完成国际、国家标准制定（修订）或参与完成国际标准制定的单位，按有关政策给予奖励；金额未明确。",
    "Organisations that led international or national standards, or took part in an international standard, are rewarded under the relevant policies; no amount stated.",
  ),
  needs: t(
    "标准发布文本及主导（参与）证明；奖励标准请咨询市市场监管局",
    "The published standard and evidence of the role; ask the Municipal Market Supervision Administration about the reward",
  ),
  readings: [
    READ.byOtherPolicies("市市场监管局", "the Municipal Market Supervision Administration"),
  ],
  params: {},
  ...scopeAnd(GREEN_ENERGY_ENTERPRISE, "greenEnergy.standardRole", (profile) =>
    oneOf(
      t(
        "主导完成国际、国家标准或参与完成国际标准制定",
        "led an international or national standard, or took part in an international one",
      ),
      profile.greenEnergy?.standardRole,
      ["led-international", "led-national", "took-part-international"],
      ["greenEnergy.standardRole"],
    ),
  ),
});

/** 二、（三）3. Government quality awards (amount by other policies). */
export const qualityAwards = defineClause({
  id: "green-energy/3.3-c",
  policy: "green-energy",
  article: "二、（三）3.",
  page: 16,
  heading: "支持企业提质发展",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "对获得国家、省、市政府质量奖的单位或组织,按有关政策给予奖励。(责任单位:市经信局、市市场监管局)",
  summary: t(
    "获得国家、省、市政府质量奖的单位或组织，按有关政策给予奖励；金额未明确。",
    "Winners of national, provincial or city government quality awards are rewarded under the relevant policies; no amount stated.",
  ),
  needs: t(
    "政府质量奖获奖文件；奖励标准请咨询市市场监管局",
    "The award decision; ask the Municipal Market Supervision Administration about the reward",
  ),
  readings: [
    READ.byOtherPolicies("市市场监管局", "the Municipal Market Supervision Administration"),
  ],
  params: {},
  ...scopeAndAnswer(
    GREEN_ENERGY_ENTERPRISE,
    "greenEnergy.governmentQualityAward",
    t("获得国家、省或市政府质量奖", "won a national, provincial or city government quality award"),
  ),
});
