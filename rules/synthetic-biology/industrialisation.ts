import { Calc } from "@/lib/engine/calc";
import { atLeast, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { OVERLAP } from "../shared/overlap-groups";
import { projects } from "../shared/items";
import { READ } from "./shared";

const BASE = t(
  "实际投资总额（不含土地、厂房、旧设备，含新设备、GMP 标准厂房装修等）",
  "actual investment (excluding land, plant and used equipment; including new equipment and GMP fit-out)",
);

const params = {
  threshold: param.yuan(
    wan(2000),
    t("实际投资总额达到（含本数）", "actual investment of at least"),
  ),
  rate: param.rate(
    percent(30),
    t("实际投资总额的比例（不高于）", "share of the actual investment, at most"),
  ),
  cap: param.yuan(yi(1), t("资助金额最高不超过", "funding cap")),
};

/** (十一) Industrialisation projects applying synthetic-biology technology. */
export const industrialisationProjects = defineClause({
  id: "synthetic-biology/11",
  policy: "synthetic-biology",
  article: "（十一）",
  page: 40,
  heading: "推动重点领域项目产业化落地",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(十一)推动重点领域项目产业化落地。对经认定应用合成生物技术且实际投资总额达 2000万元的产业化项目,按不高于实际投资总额(不含土地、厂房、旧设备,含新设备、GMP标准厂房装修等)的 30%予以资助,资助金额最高不超过 1 亿元。(牵头单位:市经信局)",
  summary: t(
    "经认定应用合成生物技术、实际投资总额达 2000 万元的产业化项目，按不高于实际投资总额（不含土地、厂房、旧设备，含新设备、GMP 标准厂房装修等）的 30% 资助，最高 1 亿元。",
    "Recognised industrialisation projects applying synthetic-biology technology with actual investment of at least CNY 20M: up to 30% of the actual investment (excluding land, plant and used equipment), at most CNY 100M.",
  ),
  needs: t(
    "项目认定（应用合成生物技术）文件、项目投资专项审计报告（列明土地、厂房、旧设备与新设备、GMP 装修）",
    "Recognition of the project as applying synthetic-biology technology and an audit of the investment itemising land, plant, used and new equipment and GMP fit-out",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "2000 万元门槛按同一口径的实际投资总额（不含土地、厂房、旧设备）判断，“达”含本数（解读约定第 6 条）",
      "The CNY 20M threshold applies to the same eligible base (land, plant and used equipment excluded), inclusive (readings rule 6)",
    ),
    READ.capScope(
      "1 亿元为单个企业每年合计上限，同时也是单个项目上限",
      "CNY 100M caps the enterprise's total a year, and so each project too",
    ),
    t(
      "同一项目同时符合生物医药政策第（十二）条等同类条款的，按“从优、就高、不重复”只支持一次",
      "A project also eligible under the biomedicine policy's article 12 or similar clauses is paid once, at the better clause (从优、就高、不重复)",
    ),
  ],
  params,
  reads: [
    "projects[].isIndustrialisation",
    "projects[].appliesSyntheticBiology",
    "projects[].eligibleInvestment",
  ],
  items: projects,
  exclusiveGroup: OVERLAP.industrialisationInvestment,
  clauseCap: {
    amount: params.cap.value,
    param: "cap",
    label: t("单个企业每年资助上限", "cap per enterprise per year"),
  },
  conditions: ({ item, params }) => [
    fact(t("产业化项目", "an industrialisation project"), item.isIndustrialisation, [
      "projects[].isIndustrialisation",
    ]),
    fact(
      t("经认定应用合成生物技术", "recognised as applying synthetic-biology technology"),
      item.appliesSyntheticBiology,
      ["projects[].appliesSyntheticBiology"],
    ),
    atLeast(
      t("实际投资总额达 2000 万元", "actual investment of at least CNY 20M"),
      item.eligibleInvestment,
      params.threshold.value,
      { facts: ["projects[].eligibleInvestment"] },
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(BASE, item.eligibleInvestment!)
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个项目资助上限", "cap per project"))
      .upTo(),
});
