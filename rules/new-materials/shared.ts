import { fact, oneOf } from "@/lib/engine/conditions";
import { t, type Text } from "@/lib/engine/text";
import type { Condition, ItemSource } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";

/** Items of the new materials section and of the common lists the policy reads. */
type Section = NonNullable<Profile["newMaterials"]>;
export type Field = NonNullable<Section["field"]>;
export type FirstBatchMaterial = NonNullable<Section["firstBatchMaterials"]>[number];
export type SciTechProject = NonNullable<Profile["sciTechProjects"]>[number];
export type Loan = NonNullable<Profile["loans"]>[number];
export type Project = NonNullable<Profile["projects"]>[number];

type Named = { id: string; name: string };

function source<I extends Named>(
  list: (p: Profile) => readonly I[] | undefined,
  path: string,
  noun: Text,
): ItemSource<I> {
  return { list, key: (x) => x.id, label: (x) => x.name, path, noun };
}

export const loans = source<Loan>((p) => p.loans, "loans", t("贷款", "loan"));
export const sciTechProjects = source<SciTechProject>(
  (p) => p.sciTechProjects,
  "sciTechProjects",
  t("科技项目", "S&T project"),
);
export const firstBatchMaterials = source<FirstBatchMaterial>(
  (p) => p.newMaterials?.firstBatchMaterials,
  "newMaterials.firstBatchMaterials",
  t("首批次新材料", "first-batch material"),
);

/** The project a loan finances, if the profile lists it. */
export function projectOf(profile: Profile, loan: Loan): Project | undefined {
  if (!loan.projectId) return undefined;
  return profile.projects?.find((p) => p.id === loan.projectId);
}

/** The five key fields of article 一 (一)–(五). */
export const KEY_FIELDS: readonly Field[] = [
  "functional-membrane",
  "high-performance-metal",
  "advanced-semiconductor",
  "biomaterial",
  "micro-nano",
];

/** Every answer but "not a new-material enterprise". */
export const NEW_MATERIAL_FIELDS: readonly Field[] = [...KEY_FIELDS, "other-new-material"];

/** 新材料企业: any new-material field. */
export const newMaterialEnterprise = (field: Field | undefined): Condition =>
  oneOf(t("新材料企业", "a new-material enterprise"), field, NEW_MATERIAL_FIELDS, [
    "newMaterials.field",
  ]);

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: t(
    "本措施所列资助（奖励）标准均为最高标准：估算为 0 至上限（解读约定第 2 条）",
    "All standards of this policy are maxima (均为最高标准): the estimate runs from 0 to the ceiling (readings rule 2)",
  ),
  capScope: (zh: string, en: string) =>
    t(
      `按较保守理解：上限未写明适用范围，按单个企业每年计（${zh}；解读约定第 8 条）`,
      `Conservative reading: the cap's scope is not stated, so it is applied per enterprise per year (${en}; readings rule 8)`,
    ),
  keyFields: t(
    "按较保守理解：仅限原文列明的五个重点支持领域（功能膜、高性能金属、先进半导体、生物、微纳材料），“等”字之外的新材料可向市经信局咨询",
    "Conservative reading: only the five key fields the text lists count (membranes, high-performance metals, advanced semiconductor materials, biomaterials, micro/nano materials); ask 市经信局 about others",
  ),
  firstBatchExclusive: t(
    "同一首批次新材料不得同时享受保险补偿（3-a）、应用奖励（3-b）和省级认定奖励：两项市级政策均符合时按金额较高者支持",
    "The same material may not take the insurance compensation (3-a), the application award (3-b) and the provincial recognition award together: where both city clauses qualify, the higher is paid",
  ),
};

/** A yes/no fact answered by either of two flags (入选国家、省或市目录). */
export function anyOf(
  label: Text,
  values: readonly (boolean | undefined)[],
  facts: readonly string[],
): Condition {
  const value = values.some((v) => v === true)
    ? true
    : values.every((v) => v === false)
      ? false
      : undefined;
  return fact(label, value, facts);
}
