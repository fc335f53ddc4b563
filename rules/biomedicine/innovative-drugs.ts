import { Calc } from "@/lib/engine/calc";
import { fact, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { ItemSource } from "@/lib/engine/types";
import type { z } from "zod";
import type { drugSchema } from "@/lib/profile/sections/biomedicine";
import { OVERLAP } from "../shared/overlap-groups";

type Drug = z.output<typeof drugSchema>;

const drugs = {
  list: (p) => p.biomedicine?.drugs,
  key: (d: Drug) => d.id,
  label: (d: Drug) => d.name,
  path: "biomedicine.drugs",
  noun: t("药品", "drug"),
} satisfies ItemSource<Drug>;

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
  needs: t("临床试验批件或通知书、注册申请人许可与产业化证明、研发投入专项审计报告", "Clinical-trial approval, licence and industrialisation evidence, audited R&D investment"),
  readings: [t("按较保守理解：同一品种按已达到的最高临床阶段确定上限，不同阶段不重复叠加", "Conservative reading: one variety is capped by the highest phase reached; phases are not added up")],
  params: {
    rate: param.rate(percent(40), t("资助比例（不超过研发投入）", "share of R&D investment, at most")),
    capByPhase: param.table({ I: wan(1000), II: wan(2000), III: wan(4000) }, t("单个品种上限（按临床阶段）", "cap per variety by clinical phase")),
  },
  reads: [
    "biomedicine.drugs[].drugType",
    "biomedicine.drugs[].registrationClass",
    "biomedicine.drugs[].clinicalPhase",
    "biomedicine.drugs[].licensedAndIndustrialised",
    "biomedicine.drugs[].rdInvestment",
  ],
  items: drugs,
  exclusiveGroup: OVERLAP.productRnd,
  conditions: ({ item }) => [
    oneOf(t("1 类化学药、1 类生物制品或 1 类中药", "class-1 chemical drug, biologic or TCM"), item.registrationClass, ["1"], ["biomedicine.drugs[].registrationClass"]),
    oneOf(t("药品类型为化学药、生物制品或中药", "a chemical drug, biologic or TCM"), item.drugType, ["chemical", "biologic", "tcm"], ["biomedicine.drugs[].drugType"]),
    oneOf(t("已在国内开展Ⅰ、Ⅱ或Ⅲ期临床试验", "phase I, II or III trial started in China"), item.clinicalPhase, ["I", "II", "III"], ["biomedicine.drugs[].clinicalPhase"]),
    fact(t("注册申请人获得许可并进行产业化", "applicant licensed and industrialising"), item.licensedAndIndustrialised, ["biomedicine.drugs[].licensedAndIndustrialised"]),
    known(t("研发投入", "R&D investment"), item.rdInvestment, ["biomedicine.drugs[].rdInvestment"]),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("研发投入", "R&D investment"), item.rdInvestment!)
      .rate(params.rate.value)
      .cap(params.capByPhase.value[item.clinicalPhase!], t(`单个品种上限（${item.clinicalPhase} 期）`, `cap per variety (phase ${item.clinicalPhase})`))
      .upTo(),
});
