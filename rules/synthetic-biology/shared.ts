import type { Calc } from "@/lib/engine/calc";
import type { Yuan } from "@/lib/engine/money";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";
import { capScope, maximumStandard } from "../shared/readings";

/** Items of the synthetic-biology section. */
type Section = NonNullable<EventProfile["syntheticBiology"]>;
export type BioMaterial = NonNullable<Section["bioMaterials"]>[number];
export type AestheticProduct = NonNullable<Section["aestheticProducts"]>[number];
export type CosmeticIngredient = NonNullable<Section["cosmeticIngredients"]>[number];
export type SpecialCosmetic = NonNullable<Section["specialCosmetics"]>[number];
export type BreedingProduct = NonNullable<Section["breedingProducts"]>[number];
export type CropVariety = NonNullable<Section["cropVarieties"]>[number];
export type Park = NonNullable<Section["parks"]>[number];
export type SynbioEvent = NonNullable<Section["events"]>[number];

export const bioMaterials = namedItems<BioMaterial>(
  (p) => p.syntheticBiology?.bioMaterials,
  "syntheticBiology.bioMaterials",
  t("产品", "product"),
);
export const aestheticProducts = namedItems<AestheticProduct>(
  (p) => p.syntheticBiology?.aestheticProducts,
  "syntheticBiology.aestheticProducts",
  t("品种", "variety"),
);
export const cosmeticIngredients = namedItems<CosmeticIngredient>(
  (p) => p.syntheticBiology?.cosmeticIngredients,
  "syntheticBiology.cosmeticIngredients",
  t("新原料", "new raw material"),
);
export const specialCosmetics = namedItems<SpecialCosmetic>(
  (p) => p.syntheticBiology?.specialCosmetics,
  "syntheticBiology.specialCosmetics",
  t("品种", "variety"),
);
export const breedingProducts = namedItems<BreedingProduct>(
  (p) => p.syntheticBiology?.breedingProducts,
  "syntheticBiology.breedingProducts",
  t("产品", "product"),
);
export const cropVarieties = namedItems<CropVariety>(
  (p) => p.syntheticBiology?.cropVarieties,
  "syntheticBiology.cropVarieties",
  t("品种", "variety"),
);
export const parks = namedItems<Park>(
  (p) => p.syntheticBiology?.parks,
  "syntheticBiology.parks",
  t("园区标准厂房", "park plant"),
);
export const events = namedItems<SynbioEvent>(
  (p) => p.syntheticBiology?.events,
  "syntheticBiology.events",
  t("活动", "event"),
);

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: maximumStandard("本措施所列资助（补助、奖励）"),
  capScope: capScope("单位", "applicant"),
  wholeSteps: t(
    "每一档按完整金额计，不足一档不计（解读约定第 3 条）",
    "Only full steps count (readings rule 3)",
  ),
  oncePerItem: t(
    "每个产品（品种）只奖励一次：同一产品已获本条奖励的予以扣减",
    "Each product (variety) is rewarded once: awards already received for it under this clause are deducted",
  ),
};

const RECEIVED = t(
  "该产品（品种）已获本条奖励",
  "already received for this item under this clause",
);

/** Deducts what the same item already received under the clause (每个品种只奖励一次; 进档差额). */
export function lessReceived(c: Calc, received: Yuan): Calc {
  return c.lessReceived(received, RECEIVED);
}
