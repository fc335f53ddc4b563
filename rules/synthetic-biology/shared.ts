import type { Calc } from "@/lib/engine/calc";
import type { Yuan } from "@/lib/engine/money";
import { t, type Text } from "@/lib/engine/text";
import type { ItemSource } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";

/** Items of the synthetic-biology section and of the common lists the policy reads. */
type Section = NonNullable<Profile["syntheticBiology"]>;
export type BioMaterial = NonNullable<Section["bioMaterials"]>[number];
export type AestheticProduct = NonNullable<Section["aestheticProducts"]>[number];
export type CosmeticIngredient = NonNullable<Section["cosmeticIngredients"]>[number];
export type SpecialCosmetic = NonNullable<Section["specialCosmetics"]>[number];
export type BreedingProduct = NonNullable<Section["breedingProducts"]>[number];
export type CropVariety = NonNullable<Section["cropVarieties"]>[number];
export type Park = NonNullable<Section["parks"]>[number];
export type SynbioEvent = NonNullable<Section["events"]>[number];
export type SciTechProject = NonNullable<Profile["sciTechProjects"]>[number];
export type Project = NonNullable<Profile["projects"]>[number];
export type Platform = NonNullable<Profile["platforms"]>[number];

type Named = { id: string; name: string };

function source<I extends Named>(
  list: (p: Profile) => readonly I[] | undefined,
  path: string,
  noun: Text,
): ItemSource<I> {
  return { list, key: (x) => x.id, label: (x) => x.name, path, noun };
}

export const bioMaterials = source<BioMaterial>(
  (p) => p.syntheticBiology?.bioMaterials,
  "syntheticBiology.bioMaterials",
  t("产品", "product"),
);
export const aestheticProducts = source<AestheticProduct>(
  (p) => p.syntheticBiology?.aestheticProducts,
  "syntheticBiology.aestheticProducts",
  t("品种", "variety"),
);
export const cosmeticIngredients = source<CosmeticIngredient>(
  (p) => p.syntheticBiology?.cosmeticIngredients,
  "syntheticBiology.cosmeticIngredients",
  t("新原料", "new raw material"),
);
export const specialCosmetics = source<SpecialCosmetic>(
  (p) => p.syntheticBiology?.specialCosmetics,
  "syntheticBiology.specialCosmetics",
  t("品种", "variety"),
);
export const breedingProducts = source<BreedingProduct>(
  (p) => p.syntheticBiology?.breedingProducts,
  "syntheticBiology.breedingProducts",
  t("产品", "product"),
);
export const cropVarieties = source<CropVariety>(
  (p) => p.syntheticBiology?.cropVarieties,
  "syntheticBiology.cropVarieties",
  t("品种", "variety"),
);
export const parks = source<Park>(
  (p) => p.syntheticBiology?.parks,
  "syntheticBiology.parks",
  t("园区标准厂房", "park plant"),
);
export const events = source<SynbioEvent>(
  (p) => p.syntheticBiology?.events,
  "syntheticBiology.events",
  t("活动", "event"),
);
export const sciTechProjects = source<SciTechProject>(
  (p) => p.sciTechProjects,
  "sciTechProjects",
  t("科技项目", "S&T project"),
);
export const projects = source<Project>((p) => p.projects, "projects", t("项目", "project"));
export const platforms = source<Platform>((p) => p.platforms, "platforms", t("平台", "platform"));

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: t(
    "本措施所列资助（补助、奖励）标准均为最高标准：估算为 0 至上限（解读约定第 2 条）",
    "All standards of this policy are maxima (均为最高标准): the estimate runs from 0 to the ceiling (readings rule 2)",
  ),
  capScope: (zh: string, en: string) =>
    t(
      `按较保守理解：上限未写明适用范围，按单个单位每年计（${zh}；解读约定第 8 条）`,
      `Conservative reading: the cap's scope is not stated, so it is applied per applicant per year (${en}; readings rule 8)`,
    ),
  wholeSteps: t(
    "每一档按完整金额计，不足一档不计（解读约定第 3 条）",
    "Only full steps count (readings rule 3)",
  ),
  oncePerItem: t(
    "每个产品（品种）只奖励一次：同一产品已获本条奖励的予以扣减",
    "Each product (variety) is rewarded once: awards already received for it under this clause are deducted",
  ),
};

/** Deducts what the same item already received under the clause (每个品种只奖励一次; 进档差额). */
export function lessReceived(c: Calc, received: Yuan): Calc {
  return received > 0
    ? c.minus(
        received,
        t("该产品（品种）已获本条奖励", "already received for this item under this clause"),
      )
    : c;
}
