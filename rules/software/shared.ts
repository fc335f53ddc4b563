import { fact } from "@/lib/engine/conditions";
import { t, type Text } from "@/lib/engine/text";
import type { Condition, ItemSource } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { listHas } from "./conditions";

type Section = NonNullable<Profile["software"]>;
export type FirstVersionProduct = NonNullable<Section["firstVersionProducts"]>[number];
export type MobileApp = NonNullable<Section["mobileApps"]>[number];
export type ExcellentProject = NonNullable<Section["nationalExcellentProjects"]>[number];
export type CollaborativeProject = NonNullable<Section["collaborativeProjects"]>[number];
export type Platform = NonNullable<Profile["platforms"]>[number];
export type Honour = NonNullable<Profile["honours"]>[number];
type HonourKind = NonNullable<Honour["kind"]>;

type Named = { id: string; name: string };

function source<I extends Named>(
  list: (p: Profile) => readonly I[] | undefined,
  path: string,
  noun: Text,
): ItemSource<I> {
  return { list, key: (x) => x.id, label: (x) => x.name, path, noun };
}

export const firstVersionProducts = source<FirstVersionProduct>(
  (p) => p.software?.firstVersionProducts,
  "software.firstVersionProducts",
  t("首版次软件产品", "first-version product"),
);
export const mobileApps = source<MobileApp>(
  (p) => p.software?.mobileApps,
  "software.mobileApps",
  t("APP", "app"),
);
export const excellentProjects = source<ExcellentProject>(
  (p) => p.software?.nationalExcellentProjects,
  "software.nationalExcellentProjects",
  t("优秀项目（方案）", "excellent project"),
);
export const collaborativeProjects = source<CollaborativeProject>(
  (p) => p.software?.collaborativeProjects,
  "software.collaborativeProjects",
  t("协同创新项目", "collaborative project"),
);
export const platforms = source<Platform>((p) => p.platforms, "platforms", t("平台", "platform"));

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
    "Where the text says 最高 or 不超过, the estimate runs from 0 to the ceiling (readings rule 2)",
  ),
  capScope: (zh: string, en: string) =>
    t(
      `按较保守理解：上限未写明适用范围，按单个申报主体每年计（${zh}；解读约定第 8 条）`,
      `Conservative reading: the cap's scope is not stated, so it is applied per applicant per year (${en}; readings rule 8)`,
    ),
  selection: (zh: string, en: string) =>
    t(
      `${zh}：须经评选胜出，本工具不能预判（解读约定第 9 条）`,
      `${en}: the applicant must still be selected, which this tool cannot foresee (readings rule 9)`,
    ),
};

/** Whether the applicant holds an honour of a kind; undefined while honours are unanswered. */
export const hasHonour = (p: Profile, kind: HonourKind, label: Text): Condition =>
  fact(
    label,
    listHas(p.honours, (h) => h.kind === kind),
    ["honours[].kind"],
  );
