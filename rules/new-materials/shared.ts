import { oneOf } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";
import { capScope, maximumStandard } from "../shared/readings";
import type { Scope } from "../shared/scope";

/** Items of the new materials section. */
type Section = NonNullable<EventProfile["newMaterials"]>;
export type Field = NonNullable<Section["field"]>;
export type FirstBatchMaterial = NonNullable<Section["firstBatchMaterials"]>[number];

export const firstBatchMaterials = namedItems<FirstBatchMaterial>(
  (p) => p.newMaterials?.firstBatchMaterials,
  "newMaterials.firstBatchMaterials",
  t("首批次新材料", "first-batch material"),
);

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

/** 新材料企业 as the scope of the clauses for new-material enterprises. */
export const NEW_MATERIAL_ENTERPRISE: Scope = {
  reads: ["newMaterials.field"],
  condition: (profile) => newMaterialEnterprise(profile.newMaterials?.field),
};

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: maximumStandard("本措施所列资助（奖励）"),
  capScope: capScope("企业", "enterprise"),
  keyFields: t(
    "按较保守理解：仅限原文列明的五个重点支持领域（功能膜、高性能金属、先进半导体、生物、微纳材料），“等”字之外的新材料可向市经信局咨询",
    "Conservative reading: only the five key fields the text lists count (membranes, high-performance metals, advanced semiconductor materials, biomaterials, micro/nano materials); ask the Municipal Bureau of Economy and Information Technology about others",
  ),
  firstBatchExclusive: t(
    "同一首批次新材料不得同时享受保险补偿、应用奖励和省级认定奖励：两项市级政策均符合时按金额较高者支持",
    "The same material may not take the insurance compensation, the application award and the provincial recognition award together: where both city clauses qualify, the higher is paid",
  ),
};
