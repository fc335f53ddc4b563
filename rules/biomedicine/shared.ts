import type { ProfilePath } from "@/lib/profile/paths";
import type { Calc } from "@/lib/engine/calc";
import type { Yuan } from "@/lib/engine/money";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { L } from "../shared/labels";
import { namedItems } from "../shared/items";

/** Items of the biomedicine section. */
type Section = NonNullable<EventProfile["biomedicine"]>;
type Institution = NonNullable<Section["medicalInstitution"]>;
export type Drug = NonNullable<Section["drugs"]>[number];
export type Device = NonNullable<Section["devices"]>[number];
export type InnovationCarrier = NonNullable<Section["innovationCarriers"]>[number];
export type ProcurementWin = NonNullable<Section["procurementWins"]>[number];
export type PlantSale = NonNullable<Section["statePlantSales"]>[number];
export type SpecialtyPark = NonNullable<Section["specialtyParks"]>[number];
export type FirstSetPurchase = NonNullable<Institution["firstSetPurchases"]>[number];

export const drugs = namedItems<Drug>(
  (p) => p.biomedicine?.drugs,
  "biomedicine.drugs",
  t("药品", "drug"),
);
export const devices = namedItems<Device>(
  (p) => p.biomedicine?.devices,
  "biomedicine.devices",
  t("医疗器械", "medical device"),
);
export const innovationCarriers = namedItems<InnovationCarrier>(
  (p) => p.biomedicine?.innovationCarriers,
  "biomedicine.innovationCarriers",
  t("创新载体", "innovation carrier"),
);
export const procurementWins = namedItems<ProcurementWin>(
  (p) => p.biomedicine?.procurementWins,
  "biomedicine.procurementWins",
  t("中标品种", "variety"),
);
export const statePlantSales = namedItems<PlantSale>(
  (p) => p.biomedicine?.statePlantSales,
  "biomedicine.statePlantSales",
  t("厂房出售", "plant sale"),
);
export const specialtyParks = namedItems<SpecialtyPark>(
  (p) => p.biomedicine?.specialtyParks,
  "biomedicine.specialtyParks",
  t("特色园区", "specialty park"),
);
export const firstSetPurchases = namedItems<FirstSetPurchase>(
  (p) => p.biomedicine?.medicalInstitution?.firstSetPurchases,
  "biomedicine.medicalInstitution.firstSetPurchases",
  t("首台（套）采购", "first-of-a-kind purchase"),
);

/**
 * A drug's kind as the clauses name it: "chemical-1" (1 类化学药), "biologic-3", "tcm-2", or
 * "classic-formula" (古代经典名方中药复方制剂, which is also 中药注册分类 3 类); undefined while unanswered.
 */
export function drugKind(d: Drug): string | undefined {
  if (d.drugType === "classic-formula") return d.drugType;
  if (d.drugType === undefined || d.registrationClass === undefined) return undefined;
  if (d.drugType === "tcm" && d.registrationClass === "3") return "classic-formula";
  return `${d.drugType}-${d.registrationClass}`;
}

export const DRUG_KIND_FACTS = [
  "biomedicine.drugs[].drugType",
  "biomedicine.drugs[].registrationClass",
] as const;

/** The award categories of article 15 (1 类新药, 2 类新药, 3 类生物制品…化学仿制药, 3 类医疗器械). */
export const CERTIFICATE_CATEGORIES = [
  "new-drug-1",
  "new-drug-2",
  "generic-etc",
  "device-iii",
] as const;
export type CertificateCategory = (typeof CERTIFICATE_CATEGORIES)[number];

const GENERIC_ETC_KINDS = [
  "biologic-3",
  "classic-formula",
  "chemical-3",
  "chemical-4",
  "chemical-5",
];

function drugCertificateCategory(d: Drug): CertificateCategory | "other" | undefined {
  const kind = drugKind(d);
  if (d.registrationClass === "1" && d.drugType !== "classic-formula" && d.drugType !== undefined)
    return "new-drug-1";
  if (d.registrationClass === "2" && d.drugType !== "classic-formula" && d.drugType !== undefined)
    return "new-drug-2";
  if (kind !== undefined && GENERIC_ETC_KINDS.includes(kind)) return "generic-etc";
  // A chemical generic outside classes 3–5 counts once it has passed the consistency evaluation.
  if (d.drugType === "chemical" && d.consistencyEvaluationPassed === true) return "generic-etc";
  if (
    kind === undefined ||
    (d.drugType === "chemical" && d.consistencyEvaluationPassed === undefined)
  )
    return undefined;
  return "other";
}

/** A drug or a device with a registration certificate, for the awards of article 15. */
export type CertifiedProduct = {
  readonly id: string;
  readonly name: string;
  /** The profile list the product sits in. */
  readonly path: "biomedicine.drugs" | "biomedicine.devices";
  readonly category: CertificateCategory | "other" | undefined;
  readonly categoryFacts: readonly ProfilePath[];
  readonly certificate: boolean | undefined;
  readonly certificateFact: ProfilePath;
  readonly industrialised: boolean | undefined;
  readonly industrialisedFact: ProfilePath;
  readonly certificateYear: number | undefined;
  readonly localProduction: boolean | undefined;
  readonly salesCurrent: number | undefined;
  readonly salesPrevious: number | undefined;
};

const fromDrug = (d: Drug): CertifiedProduct => ({
  id: d.id,
  name: d.name,
  path: "biomedicine.drugs",
  category: drugCertificateCategory(d),
  categoryFacts: [...DRUG_KIND_FACTS, "biomedicine.drugs[].consistencyEvaluationPassed"],
  certificate: d.registrationCertificate,
  certificateFact: "biomedicine.drugs[].registrationCertificate",
  industrialised: d.licensedAndIndustrialised,
  industrialisedFact: "biomedicine.drugs[].licensedAndIndustrialised",
  certificateYear: d.certificateYear,
  localProduction: d.localProduction,
  salesCurrent: d.salesCurrent,
  salesPrevious: d.salesPrevious,
});

const fromDevice = (d: Device): CertifiedProduct => ({
  id: d.id,
  name: d.name,
  path: "biomedicine.devices",
  category:
    d.deviceClass === undefined ? undefined : d.deviceClass === "III" ? "device-iii" : "other",
  categoryFacts: ["biomedicine.devices[].deviceClass"],
  certificate: d.firstRegistrationCertificate,
  certificateFact: "biomedicine.devices[].firstRegistrationCertificate",
  industrialised: d.industrialised,
  industrialisedFact: "biomedicine.devices[].industrialised",
  certificateYear: d.certificateYear,
  localProduction: d.localProduction,
  salesCurrent: d.salesCurrent,
  salesPrevious: d.salesPrevious,
});

/** Drugs and devices together (ids are unique across both lists); unanswered only when both are. */
export const certifiedProducts = namedItems<CertifiedProduct>(
  (p) => {
    const ds = p.biomedicine?.drugs;
    const vs = p.biomedicine?.devices;
    if (ds === undefined && vs === undefined) return undefined;
    return [...(ds ?? []).map(fromDrug), ...(vs ?? []).map(fromDevice)];
  },
  "biomedicine.drugs",
  t("药品或医疗器械", "drug or device"),
);

/** The profile path of a product fact in its own list: "biomedicine.devices[].salesCurrent". */
export const productFact = (
  p: CertifiedProduct,
  field: "certificateYear" | "localProduction" | "salesCurrent" | "salesPrevious",
): ProfilePath =>
  p.path === "biomedicine.drugs"
    ? `biomedicine.drugs[].${field}`
    : `biomedicine.devices[].${field}`;

const RECEIVED = t("本条已获资助（奖励）", "already received under this clause");

/** Deducts what the same item (or applicant) already received under the clause. */
export function lessReceived(c: Calc, received: Yuan): Calc {
  return c.lessReceived(received, RECEIVED);
}

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  capOnce: (zh: string, en: string) =>
    L.conservative(
      `上限未写明按年度计，${zh}为整个政策期内的合计上限，已获本条资助的予以扣减（解读约定第 8 条）`,
      `the cap is not stated per year, so it covers ${en} over the whole policy period, less what was already received under this clause (readings rule 8)`,
    ),
  newIsGrowth: (zh: string, en: string) =>
    t(
      `“新增”按本年度${zh}减上年度计（解读约定第 4 条）`,
      `"新增" is this year's ${en} less last year's (readings rule 4)`,
    ),
  wholeSteps: t(
    "每增加 1000 万元按完整一档计，不足一档不计（解读约定第 3 条）",
    "Only each full CNY 10M step counts (readings rule 3)",
  ),
  review: t(
    "经评审：是否支持及金额由主管部门评审确定（解读约定第 9 条）",
    "After review: the department decides whether and how much (readings rule 9)",
  ),
  notForEnterprises: t(
    "受益主体不是申报企业本身：仅向相应主体显示，不计入企业金额（解读约定第 10 条）",
    "The beneficiary is not the enterprise itself: shown to that kind of applicant only, not counted as the enterprise's money (readings rule 10)",
  ),
};
