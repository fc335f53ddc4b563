import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";
import { capScope } from "../shared/readings";

type Section = NonNullable<EventProfile["software"]>;
export type FirstVersionProduct = NonNullable<Section["firstVersionProducts"]>[number];
export type MobileApp = NonNullable<Section["mobileApps"]>[number];
export type ExcellentProject = NonNullable<Section["nationalExcellentProjects"]>[number];
export type CollaborativeProject = NonNullable<Section["collaborativeProjects"]>[number];

export const firstVersionProducts = namedItems<FirstVersionProduct>(
  (p) => p.software?.firstVersionProducts,
  "software.firstVersionProducts",
  t("首版次软件产品", "first-version product"),
);
export const mobileApps = namedItems<MobileApp>(
  (p) => p.software?.mobileApps,
  "software.mobileApps",
  t("APP", "app"),
);
export const excellentProjects = namedItems<ExcellentProject>(
  (p) => p.software?.nationalExcellentProjects,
  "software.nationalExcellentProjects",
  t("优秀项目（方案）", "excellent project"),
);
export const collaborativeProjects = namedItems<CollaborativeProject>(
  (p) => p.software?.collaborativeProjects,
  "software.collaborativeProjects",
  t("协同创新项目", "collaborative project"),
);

/** 责任单位 of each article, as the text writes them. */
export const DEPT = {
  growth: "市经信局、国家税务总局杭州市税务局,各区、县(市)政府",
  excellence: "市发改委、市经信局",
  rd: "市经信局、国家税务总局杭州市税务局",
  cityAndDistricts: "市经信局,各区、县(市)政府",
  cityOnly: "市经信局",
  cityAndScience: "市经信局、市科技局",
  talent: "市委人才办、市人力社保局、市经信局",
} as const;

export const READ = {
  ceilingAmounts: t(
    "原文写明“最高”“不超过”的，估算为 0 至上限（解读约定第 2 条）",
    "Where the text says “最高” (at most) or “不超过” (not more than), the estimate runs from 0 to the ceiling (readings rule 2)",
  ),
  capScope: capScope("申报主体", "applicant"),
  selection: (zh: string, en: string) =>
    t(
      `${zh}：须经评选胜出，本工具不能预判（解读约定第 9 条）`,
      `${en}: the applicant must still be selected, which this tool cannot foresee (readings rule 9)`,
    ),
};
