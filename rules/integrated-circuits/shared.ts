import { fact } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";

type Section = NonNullable<EventProfile["integratedCircuits"]>;
export type IcProject = NonNullable<Section["projects"]>[number];

/** IC projects of 三、(四); clauses funding the same project share its key, so the 30 % ceiling sees them together. */
export const icProjects = namedItems<IcProject>(
  (p) => p.integratedCircuits?.projects,
  "integratedCircuits.projects",
  t("集成电路项目", "IC project"),
);

/** The implementing department of the closing paragraph, for passages that name none. */
export const IMPLEMENTING_DEPARTMENT = "市经信局";

/** 责任单位 of the articles of 三、政策措施, as the text writes them. */
export const DEPT = {
  productionLines: "市经信局、市发改委、市投资促进局,有关区、县(市)政府",
  chainLeaders: "市经信局",
  sciTech: "市科技局、市经信局,有关区、县(市)政府",
  districtsAndCity: "市经信局,有关区、县(市)政府",
  supplyChain: "市经信局、钱江海关",
  talentRecognition: "市人力社保局、市经信局",
  talentTreatment: "市住保房管局、市教育局,有关区、县(市)政府",
  funds: "市国资委、市财政局、市发改委、市经信局、市科技局,有关区、县(市)政府",
  finance: "市地方金融监管局,有关区、县(市)政府",
} as const;

export const READ = {
  ceiling: t(
    "各级政府支持资金合计不超过企业项目全部投入的 30%（四、(二)），已获其他各级政府支持资金先行扣减",
    "Support from all levels of government together stays within 30% of the project's total investment (section 4, (2)); support already received is deducted first",
  ),
  capScope: t(
    "按较保守理解：“最高补助”未写明按产品还是按企业计，按单个企业每年计（解读约定第 8 条）",
    "Conservative reading: the cap does not say whether it applies per product or per enterprise, so it is applied per enterprise per year (readings rule 8)",
  ),
  viaDistricts: t(
    "本意见由各区、县（市）组织项目、兑现政策（四、(二)），具体申报以属地通知为准",
    "The districts and counties run the projects and pay out this policy (四、(二)); apply under the local notice",
  ),
};

export const icEnterprise = (p: EventProfile): Condition =>
  fact(t("集成电路企业", "an IC enterprise"), p.integratedCircuits?.icEnterprise, [
    "integratedCircuits.icEnterprise",
  ]);
