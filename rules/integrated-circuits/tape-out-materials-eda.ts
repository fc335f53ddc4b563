import { Calc } from "@/lib/engine/calc";
import { atLeast, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, ClauseContext, Condition } from "@/lib/engine/types";
import { CEILING, ceilingConditions } from "./ceiling-param";
import { DEPT, READ, icProjects, type IcProject } from "./shared";

const common = {
  policy: "integrated-circuits",
  article: "三、（四）",
  page: 21,
  heading: "加大首次流片、关键材料、核心设备和EDA工具的支持",
  leadDepartment: DEPT.districtsAndCity,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  items: icProjects,
  readings: [READ.capScope, READ.ceiling, READ.viaDistricts],
} as const;

const P = "integratedCircuits.projects[]";
type Flag = "highEndChipInKeyField" | "keyMaterialOrEquipment" | "edaTool";
type Sold = "materialEquipmentSold" | "edaToolSold";
type Base = "firstTapeOutCost" | "materialEquipmentRdInvestment" | "edaRdInvestment";
type SubsidyParams = {
  readonly threshold: ReturnType<typeof param.yuan>;
  readonly rate: ReturnType<typeof param.rate>;
  readonly cap: ReturnType<typeof param.yuan>;
};
type Ctx = ClauseContext<IcProject, SubsidyParams>;

const SOLD = t("已实现实际销售", "actually sold");

/** The cap "最高补助", read conservatively as a cap per enterprise and year. */
const CAP_PER_ENTERPRISE_YEAR = t(
  "单个企业每年最高补助（按较保守理解）",
  "cap per enterprise per year (conservative reading)",
);

/**
 * The shape of the three clauses of 三、(四): a project of the kind the clause names, whose base
 * (tape-out cost or own R&D investment) reaches the threshold, (actually sold,) and whose total
 * investment is known for the 30 % ceiling; paid base × rate, capped.
 */
function projectSubsidy(o: {
  readonly kind: Flag;
  readonly kindLabel: Text;
  readonly base: Base;
  readonly baseLabel: Text;
  readonly thresholdLabel: Text;
  readonly sold?: Sold;
}) {
  const kindFacts = [`${P}.${o.kind}`] as const;
  const baseFacts = { facts: [`${P}.${o.base}`] as const };
  const soldFacts = o.sold && ([`${P}.${o.sold}`] as const);
  return {
    reads: [
      ...kindFacts,
      ...baseFacts.facts,
      ...(soldFacts ?? []),
      `${P}.totalInvestment` as const,
      `${P}.otherGovernmentSupport` as const,
    ],
    conditions: ({ item, params }: Ctx): Condition[] => {
      const out = [
        fact(o.kindLabel, item[o.kind], kindFacts),
        atLeast(o.thresholdLabel, item[o.base], params.threshold.value, baseFacts),
      ];
      if (o.sold) out.push(fact(SOLD, item[o.sold], soldFacts!));
      // The 30 % ceiling of 四、(二) is computed from these, so they are asked before any amount.
      out.push(
        ...ceilingConditions(
          {
            value: item.totalInvestment,
            fact: `${P}.totalInvestment`,
            zh: "项目全部投入",
            en: "the project's total investment",
          },
          { value: item.otherGovernmentSupport, fact: `${P}.otherGovernmentSupport` },
        ),
      );
      return out;
    },
    amount: ({ item, params }: Ctx): AmountOutcome =>
      Calc.base(o.baseLabel, item[o.base]!)
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label)
        .upTo(),
  };
}

const tapeOutParams = {
  threshold: param.yuan(wan(1000), t("首次流片费用门槛（以上）", "first tape-out cost, at least")),
  rate: param.rate(
    percent(15),
    t("补助比例（不超过流片费用）", "share of the tape-out cost, at most"),
  ),
  cap: param.yuan(wan(2000), t("最高补助", "cap")),
  ceiling: CEILING,
};

export const firstTapeOut = defineClause<IcProject, typeof tapeOutParams>({
  ...common,
  id: "integrated-circuits/4-a",
  text: "(四)加大首次流片、关键材料、核心设备和EDA工具的支持。对重点支持领域的高端芯片产品,首次流片费用 1000 万元以上的,按照不超过其流片费用的 15%给予补助,最高补助 2000 万元;",
  summary: t(
    "重点支持领域的高端芯片产品，首次流片费用 1000 万元以上的：不超过流片费用 15% 的补助，最高 2000 万元。",
    "High-end chips in the key supported fields with a first tape-out costing at least CNY 10M: up to 15% of the tape-out cost, capped at CNY 20M.",
  ),
  needs: t(
    "首次流片合同、发票和付款凭证，芯片产品属于重点支持领域的说明，项目全部投入及已获政府支持情况。",
    "Tape-out contract, invoices and payments; evidence that the chip is in a key supported field; the project's total investment and government support already received.",
  ),
  params: tapeOutParams,
  clauseCap: { amount: tapeOutParams.cap.value, param: "cap", label: CAP_PER_ENTERPRISE_YEAR },
  ...projectSubsidy({
    kind: "highEndChipInKeyField",
    kindLabel: t("重点支持领域的高端芯片产品", "a high-end chip in a key supported field"),
    base: "firstTapeOutCost",
    baseLabel: t("首次流片费用", "first tape-out cost"),
    thresholdLabel: t("首次流片费用 1000 万元以上", "first tape-out cost of at least CNY 10M"),
  }),
});

const materialsParams = {
  threshold: param.yuan(wan(5000), t("自主研发投入门槛（以上）", "own R&D investment, at least")),
  rate: param.rate(
    percent(15),
    t("补助比例（不超过研发投入）", "share of the R&D investment, at most"),
  ),
  cap: param.yuan(wan(5000), t("最高补助", "cap")),
  ceiling: CEILING,
};

export const keyMaterialsEquipment = defineClause<IcProject, typeof materialsParams>({
  ...common,
  id: "integrated-circuits/4-b",
  text: "对集成电路关键材料、核心设备等自主研发投入 5000 万元以上并实现实际销售的,按照不超过其研发投入的 15%给予补助,最高补助 5000 万元;",
  summary: t(
    "集成电路关键材料、核心设备等自主研发投入 5000 万元以上并实现实际销售的：不超过研发投入 15% 的补助，最高 5000 万元。",
    "Own R&D of key IC materials or core equipment of at least CNY 50M, with actual sales: up to 15% of the R&D investment, capped at CNY 50M.",
  ),
  needs: t(
    "研发投入专项审计报告、销售合同和发票，项目全部投入及已获政府支持情况。",
    "Audited R&D investment, sales contracts and invoices; the project's total investment and government support already received.",
  ),
  params: materialsParams,
  clauseCap: { amount: materialsParams.cap.value, param: "cap", label: CAP_PER_ENTERPRISE_YEAR },
  ...projectSubsidy({
    kind: "keyMaterialOrEquipment",
    kindLabel: t(
      "集成电路关键材料、核心设备等自主研发",
      "in-house R&D of key IC materials or core equipment",
    ),
    base: "materialEquipmentRdInvestment",
    baseLabel: t("自主研发投入", "own R&D investment"),
    thresholdLabel: t("自主研发投入 5000 万元以上", "own R&D investment of at least CNY 50M"),
    sold: "materialEquipmentSold",
  }),
});

const edaParams = {
  threshold: param.yuan(wan(1000), t("自主研发投入门槛（以上）", "own R&D investment, at least")),
  rate: param.rate(
    percent(15),
    t("补助比例（不超过自主研发投入）", "share of the own R&D investment, at most"),
  ),
  cap: param.yuan(wan(2000), t("最高补助", "cap")),
  ceiling: CEILING,
};

export const edaTools = defineClause<IcProject, typeof edaParams>({
  ...common,
  id: "integrated-circuits/4-c",
  text: "对开展EDA工具技术攻关,自主研发投入 1000万元以上并实现实际销售的,按照不超过其自主研发投入的 15%给予补助,最高补助 2000 万元。[责任单位:市经信局,有关区、县(市)政府]",
  summary: t(
    "开展 EDA 工具技术攻关，自主研发投入 1000 万元以上并实现实际销售的：不超过自主研发投入 15% 的补助，最高 2000 万元。",
    "EDA-tool development with own R&D of at least CNY 10M and actual sales: up to 15% of the own R&D investment, capped at CNY 20M.",
  ),
  needs: t(
    "EDA 工具研发投入专项审计报告、销售合同和发票，项目全部投入及已获政府支持情况。",
    "Audited EDA R&D investment, sales contracts and invoices; the project's total investment and government support already received.",
  ),
  params: edaParams,
  clauseCap: { amount: edaParams.cap.value, param: "cap", label: CAP_PER_ENTERPRISE_YEAR },
  ...projectSubsidy({
    kind: "edaTool",
    kindLabel: t("开展 EDA 工具技术攻关", "EDA-tool development"),
    base: "edaRdInvestment",
    baseLabel: t("自主研发投入", "own R&D investment"),
    thresholdLabel: t("自主研发投入 1000 万元以上", "own R&D investment of at least CNY 10M"),
    sold: "edaToolSold",
  }),
});
