import { Calc } from "@/lib/engine/calc";
import { fact, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, type Rate, type Yuan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, ClauseContext, Condition } from "@/lib/engine/types";
import type { CLINICAL_PHASES } from "@/lib/profile/sections/biomedicine";
import { OVERLAP } from "../shared/overlap-groups";
import { DRUG_KIND_FACTS, READ, drugKind, drugs, lessReceived, type Drug } from "./shared";

type Phase = (typeof CLINICAL_PHASES)[number];

const READS = [
  "biomedicine.drugs[].drugType",
  "biomedicine.drugs[].registrationClass",
  "biomedicine.drugs[].clinicalPhase",
  "biomedicine.drugs[].licensedAndIndustrialised",
  "biomedicine.drugs[].rdInvestment",
] as const;

const PHASE_READING = t(
  "按较保守理解：单个品种上限按已达到的最高临床阶段确定，并覆盖该品种各阶段资助之和；此前阶段已获本条资助的从中扣减，不同阶段不重复叠加（解读约定第 1、8 条）",
  "Conservative reading: one variety is capped by the highest phase reached, and the cap covers all its phases together; funding already received at an earlier phase is deducted, phases are not added up (readings rules 1 and 8)",
);
const RD_READING = t(
  "“研发投入”按该品种累计研发投入（专项审计）计",
  "“研发投入” is the variety's cumulative, audited R&D investment",
);
const NEEDS = t(
  "临床试验批准通知书、注册申请人许可与产业化证明、该品种研发投入专项审计报告",
  "Clinical-trial approval, licence and industrialisation evidence, audited R&D investment in the variety",
);

const PHASE_ROWS: Readonly<Record<Phase, Text>> = {
  I: t("Ⅰ期临床", "phase I"),
  II: t("Ⅱ期临床", "phase II"),
  III: t("Ⅲ期临床", "phase III"),
};

/** 不超过研发投入 x%，单个品种最高分别不超过…: the rate and the cap of each clinical phase. */
const stageParams = <K extends Phase>(rate: Rate, capByPhase: Readonly<Record<K, Yuan>>) => ({
  rate: param.rate(rate, t("资助比例（不超过研发投入）", "share of R&D investment, at most")),
  capByPhase: param.table(
    capByPhase,
    t("单个品种上限（按临床阶段）", "cap per variety by clinical phase"),
    PHASE_ROWS,
  ),
});
/** The parameters of any of the three clauses: a clause may have no cap for a phase (4-b has no phase I). */
type StageParams = {
  readonly rate: ReturnType<typeof param.rate>;
  readonly capByPhase: {
    readonly unit: "table";
    readonly value: Readonly<Partial<Record<Phase, Yuan>>>;
    readonly label: Text;
  };
};
type StageContext = ClauseContext<Drug, StageParams>;

const LICENSED = t("注册申请人获得许可并进行产业化", "applicant licensed and industrialising");
const RD = t("研发投入", "R&D investment");
const PHASE_FACTS = ["biomedicine.drugs[].clinicalPhase"] as const;
const LICENSED_FACTS = ["biomedicine.drugs[].licensedAndIndustrialised"] as const;
const RD_FACTS = ["biomedicine.drugs[].rdInvestment"] as const;

/**
 * The reads, conditions and amount of the three clinical-stage clauses: a drug of the kinds the
 * clause names, in one of its phases, licensed and industrialised, with its R&D investment; paid
 * R&D × rate, capped by the phase reached, less what the variety already received under the clause.
 */
function clinicalStage(o: {
  readonly clauseId: string;
  readonly kinds: readonly string[];
  readonly kindLabel: Text;
  readonly phases: readonly Phase[];
  readonly phaseLabel: Text;
}) {
  return {
    reads: READS,
    conditions: ({ item: d }: StageContext): Condition[] => [
      oneOf(o.kindLabel, drugKind(d), o.kinds, DRUG_KIND_FACTS),
      oneOf(o.phaseLabel, d.clinicalPhase, o.phases, PHASE_FACTS),
      fact(LICENSED, d.licensedAndIndustrialised, LICENSED_FACTS),
      known(RD, d.rdInvestment, RD_FACTS),
    ],
    amount: ({ item: d, params, received }: StageContext): AmountOutcome => {
      const phase = d.clinicalPhase!;
      const c = Calc.base(RD, d.rdInvestment!)
        .rate(params.rate.value)
        .cap(
          params.capByPhase.value[phase]!,
          t(`单个品种上限（${PHASE_ROWS[phase].zh}）`, `cap per variety (${PHASE_ROWS[phase].en})`),
        );
      return lessReceived(c, received(o.clauseId, d.id)).upTo();
    },
  };
}

export const innovativeDrugRnd = defineClause({
  id: "biomedicine/3",
  policy: "biomedicine",
  article: "（三）",
  page: 3,
  heading: "支持创新药品研发生产",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "(三)支持创新药品研发生产。对已在国内开展Ⅰ期、Ⅱ期、Ⅲ期临床试验,注册申请人获得许可并进行产业化的 1 类化学药、1 类生物制品、1 类中药,按临床试验不同阶段,经评审给予不超过研发投入 40%,单个品种最高分别不超过 1000 万元、2000 万元、4000 万元的资助。(牵头单位:市经信局,配合单位:市科技局、市财政局、市市场监管局)",
  summary: t(
    "1 类化学药、生物制品、中药在国内开展Ⅰ/Ⅱ/Ⅲ期临床试验并产业化的，经评审给予不超过研发投入 40% 的资助，单品种最高 1000/2000/4000 万元。",
    "Class-1 chemical drugs, biologics and TCM in phase I/II/III trials in China and industrialised: after review, up to 40% of R&D investment, capped per variety at CNY 10M/20M/40M.",
  ),
  needs: NEEDS,
  readings: [PHASE_READING, RD_READING, READ.review],
  params: stageParams(percent(40), { I: wan(1000), II: wan(2000), III: wan(4000) }),
  items: drugs,
  exclusiveGroup: OVERLAP.productRnd,
  ...clinicalStage({
    clauseId: "biomedicine/3",
    kinds: ["chemical-1", "biologic-1", "tcm-1"],
    kindLabel: t("1 类化学药、1 类生物制品或 1 类中药", "class-1 chemical drug, biologic or TCM"),
    phases: ["I", "II", "III"],
    phaseLabel: t("已在国内开展Ⅰ、Ⅱ或Ⅲ期临床试验", "phase I, II or III trial started in China"),
  }),
});

export const improvedDrugRnd = defineClause({
  id: "biomedicine/4-a",
  policy: "biomedicine",
  article: "（四）",
  page: 3,
  heading: "支持改良型新药研发生产",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "(四)支持改良型新药研发生产。对已在国内开展Ⅰ期、Ⅱ期、Ⅲ期临床试验,注册申请人获得许可并进行产业化的 2 类化学药、2 类生物制品、2 类中药,按临床试验不同阶段,经评审给予不超过研发投入 30%,单个品种最高分别不超过 500 万元、1000 万元、2000 万元的资助。",
  summary: t(
    "2 类化学药、生物制品、中药在国内开展Ⅰ/Ⅱ/Ⅲ期临床试验并产业化的，经评审给予不超过研发投入 30% 的资助，单品种最高 500/1000/2000 万元。",
    "Class-2 chemical drugs, biologics and TCM in phase I/II/III trials in China and industrialised: after review, up to 30% of R&D investment, capped per variety at CNY 5M/10M/20M.",
  ),
  needs: NEEDS,
  readings: [PHASE_READING, RD_READING, READ.review],
  params: stageParams(percent(30), { I: wan(500), II: wan(1000), III: wan(2000) }),
  items: drugs,
  exclusiveGroup: OVERLAP.productRnd,
  ...clinicalStage({
    clauseId: "biomedicine/4-a",
    kinds: ["chemical-2", "biologic-2", "tcm-2"],
    kindLabel: t("2 类化学药、2 类生物制品或 2 类中药", "class-2 chemical drug, biologic or TCM"),
    phases: ["I", "II", "III"],
    phaseLabel: t("已在国内开展Ⅰ、Ⅱ或Ⅲ期临床试验", "phase I, II or III trial started in China"),
  }),
});

export const class3DrugRnd = defineClause({
  id: "biomedicine/4-b",
  policy: "biomedicine",
  article: "（四）",
  page: 3,
  heading: "支持改良型新药研发生产",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "对已在国内开展Ⅱ期、Ⅲ期临床试验,注册申请人获得许可并进行产业化的 3 类化学药、3 类生物制品和古代经典名方中药复方制剂,按临床试验不同阶段,经评审给予不超过研发投入 20%,单个品种最高分别不超过 300 万元、600 万元的资助。(牵头单位:市经信局,配合单位:市科技局、市财政局、市市场监管局)",
  summary: t(
    "3 类化学药、3 类生物制品和古代经典名方中药复方制剂在国内开展Ⅱ/Ⅲ期临床试验并产业化的，经评审给予不超过研发投入 20% 的资助，单品种最高 300/600 万元。",
    "Class-3 chemical drugs, class-3 biologics and ancient-classic-formula TCM compounds in phase II/III trials in China and industrialised: after review, up to 20% of R&D investment, capped per variety at CNY 3M/6M.",
  ),
  needs: NEEDS,
  readings: [
    PHASE_READING,
    RD_READING,
    t(
      "仅Ⅱ期、Ⅲ期临床试验可获资助，本条没有Ⅰ期档",
      "Only phases II and III qualify; there is no phase-I tier here",
    ),
    READ.review,
  ],
  params: stageParams(percent(20), { II: wan(300), III: wan(600) }),
  items: drugs,
  exclusiveGroup: OVERLAP.productRnd,
  ...clinicalStage({
    clauseId: "biomedicine/4-b",
    kinds: ["chemical-3", "biologic-3", "classic-formula"],
    kindLabel: t(
      "3 类化学药、3 类生物制品或古代经典名方中药复方制剂",
      "class-3 chemical drug, class-3 biologic or ancient-classic-formula TCM compound",
    ),
    phases: ["II", "III"],
    phaseLabel: t("已在国内开展Ⅱ或Ⅲ期临床试验", "phase II or III trial started in China"),
  }),
});
