import type { ProfilePath } from "@/lib/profile/paths";
import { t, type Text } from "@/lib/engine/text";
import { OVERLAP } from "./overlap-groups";

/**
 * 从优、就高、不重复 across policies (readings rule 15). Two clauses of different policies that may
 * pay for the same product, project, platform, park, loan or honour either share an exclusive group
 * (the item is paid once, at the better clause) or are listed in `BOTH_PAY` with the reason why
 * both pay. tests/rules/cross-policy/pairs.test.ts finds the candidate pairs from the catalogue's
 * cross-references ("Cf. …"), the item lists several policies read, and `SAME_ITEMS`.
 */

/**
 * Different profile lists that can hold the same real item under two policies; the profile gives
 * it the same id in each list, so the exclusive groups find it. (A medical-aesthetic device is a
 * class-III device of the biomedicine policy too; a first-set product of the visual-intelligence
 * policy is a first-set product of the high-end-equipment policy.)
 */
export const SAME_ITEMS: readonly (readonly ProfilePath[])[] = [
  ["biomedicine.drugs", "biomedicine.devices", "syntheticBiology.aestheticProducts"],
  ["highEndEquipment.firstSetProducts", "visualIntelligence.firstSetProducts"],
  ["biomedicine.specialtyParks", "syntheticBiology.parks"],
];

/** Either two exclusive groups (every clause of one against every clause of the other) or two clause ids. */
export type BothPay = { readonly between: readonly [string, string]; readonly reason: Text };

export const BOTH_PAY: readonly BothPay[] = [
  {
    between: [OVERLAP.platformConstruction, OVERLAP.platformServices],
    reason: t(
      "建设资助按新增设备、软件等建设投入计，运营（服务）补助按当年服务合同、服务收入或运营费用计：支持的是平台的不同事项，同一政策内也两者兼得",
      "The construction grant pays for the platform's new equipment and software, the operating (service) subsidy for a year's service contracts, income or running costs: different things, and within one policy both pay too",
    ),
  },
  {
    between: [OVERLAP.productRnd, OVERLAP.productCertificate],
    reason: t(
      "研发（临床试验）资助与获证产业化奖励支持同一产品的不同阶段，生物医药政策内两者兼得",
      "R&D (clinical-trial) funding and the certificate award pay for different stages of one product; within the biomedicine policy both pay",
    ),
  },
  {
    between: [OVERLAP.productRnd, OVERLAP.productSalesGrowth],
    reason: t(
      "研发资助与获证后新增销售奖励支持同一产品的不同阶段，生物医药政策内两者兼得",
      "R&D funding and the award on new sales after certification pay for different stages of one product; within the biomedicine policy both pay",
    ),
  },
  {
    between: [OVERLAP.productCertificate, OVERLAP.productSalesGrowth],
    reason: t(
      "获证奖励（一次）与获证后各年度新增销售奖励是两项支持，两个政策的同一条款内均两者兼得；各自只在一个政策下支付一次",
      "The certificate award (once) and the yearly award on new sales are two supports, both paid within the same article of either policy; each is paid under one policy only",
    ),
  },
  {
    between: [OVERLAP.specialtyParkGrant, OVERLAP.specialtyParkInvestor],
    reason: t(
      "市级资助给园区所在区、县（市），投资主体的奖励由各地另行给予：受益人不同，同一政策内两者并存",
      "The city's grant goes to the park's district, the investor's reward is given by the district: different beneficiaries, and both exist within one policy",
    ),
  },
  {
    between: ["biomedicine/17-a", "synthetic-biology/7-a"],
    reason: t(
      "（十七）奖励首次取得境外（FDA、EMA、PMDA 等）上市资质并在境外实现销售，合成生物（七）奖励国家药械注册证书：不同的证书",
      "Biomedicine (十七) rewards a first foreign approval (FDA, EMA, PMDA) with sales abroad, synthetic-biology (七) a national registration certificate: different certificates",
    ),
  },
  {
    between: ["biomedicine/17-a", "synthetic-biology/7-b"],
    reason: t(
      "（十七）奖励境外上市资质，合成生物（七）奖励国内获证后的新增销售：不同的事项",
      "Biomedicine (十七) rewards a foreign approval, synthetic-biology (七) new sales after the national certificate: different things",
    ),
  },
  {
    between: ["biomedicine/17-b", "synthetic-biology/7-a"],
    reason: t(
      "（十七）奖励医疗器械首次取得境外认证，合成生物（七）奖励国家药械注册证书：不同的证书",
      "Biomedicine (十七) rewards a device's first foreign certification, synthetic-biology (七) a national registration certificate: different certificates",
    ),
  },
  {
    between: ["biomedicine/17-b", "synthetic-biology/7-b"],
    reason: t(
      "（十七）奖励境外认证，合成生物（七）奖励国内获证后的新增销售：不同的事项",
      "Biomedicine (十七) rewards a foreign certification, synthetic-biology (七) new sales after the national certificate: different things",
    ),
  },
  {
    between: ["green-energy/5.3-d", "high-end-equipment/5-a"],
    reason: t(
      "绿色能源 5.3 只写明按市首台（套）政策支持、未写金额，不计入估算；首台（套）保险补偿按高端装备（五）计一次",
      "Green-energy 5.3 only refers to the city's first-set policy and states no amount, so nothing is counted under it; the first-set insurance compensation is counted once, under high-end-equipment (五)",
    ),
  },
  {
    between: ["green-energy/5.3-d", "high-end-equipment/5-b"],
    reason: t(
      "绿色能源 5.3 只写明按市首台（套）政策支持、未写金额，不计入估算；首台（套）推广应用奖励按高端装备（五）计一次",
      "Green-energy 5.3 only refers to the city's first-set policy and states no amount, so nothing is counted under it; the first-set application award is counted once, under high-end-equipment (五)",
    ),
  },
];
