import { Calc } from "@/lib/engine/calc";
import { atLeast, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { L } from "../shared/labels";
import { yearLabel, yearText } from "../shared/years";
import { READ, awardsFrom, eventYearFrom } from "./shared";

type Product = NonNullable<NonNullable<EventProfile["greenEnergy"]>["emergingProduct"]>;
const PRODUCTS: readonly Product[] = [
  "sodium-ion-battery",
  "flow-battery",
  "solid-state-lithium-battery",
  "molten-salt-storage",
  "hydrogen-fuel-cell",
];

const salesParams = {
  salesThreshold: param.yuan(
    wan(3000),
    t("相关业务年销售收入达到", "annual sales of the business, at least"),
  ),
  increment: param.yuan(
    wan(1000),
    t("年销售收入比上年每增加", "for each increase in annual sales of"),
  ),
  perStep: param.yuan(wan(50), t("每档奖励", "reward per step")),
  yearlyCap: param.yuan(
    wan(1000),
    t("每家企业每年累计奖励上限", "reward cap per enterprise per year"),
  ),
  awardsFrom,
};

/** The increase counted: this year's sales less last year's, counted only above the CNY 30M threshold. */
function countedIncrease(
  current: number | undefined,
  previous: number | undefined,
  threshold: number,
): number | undefined {
  if (current == null || previous == null) return undefined;
  return Math.max(0, current - Math.max(previous, threshold));
}

/** "2025 年销售收入比 2024 年增加额（自 3000 万元起计）". */
const salesGrowth = (eventYear: number) =>
  yearText(
    eventYear,
    "{y} 年销售收入比 {y-1} 年增加额（自 3000 万元起计）",
    "growth in sales {y-1} → {y} (counted above CNY 30M)",
  );

/** 二、（三）2. Sales-growth rewards for new-type storage and hydrogen fuel-cell makers. */
export const emergingStorageSalesReward = defineClause({
  id: "green-energy/3.2",
  policy: "green-energy",
  article: "二、（三）2.",
  page: 16,
  heading: "加强企业梯次培育",
  leadDepartment: "市经信局、市财政局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "2.加强企业梯次培育。统筹实施“雄鹰行动”“鲲鹏计划”,到 2025 年力争培育“雄鹰”“鲲鹏”绿色能源企业各 10 家。组织认定一批绿色能源链主企业和链主伙伴企业,以产业链整体提升带动龙头企业、关联企业做大做强。积极培育发展高成长性细分产业,加快标杆企业和重大项目引育,对生产钠离子电池、液流电池、固态锂离子电池、熔盐储能装备、氢燃料电池系统及关键零部件的企业,其相关业务年销售收入达 3000 万元后,年销售收入比上年每增加 1000 万元给予50 万元奖励,每家企业每年累计奖励不超过 1000 万元。(责任单位:市经信局、市财政局)",
  summary: t(
    "生产钠离子电池、液流电池、固态锂离子电池、熔盐储能装备、氢燃料电池系统及关键零部件的企业，相关业务年销售收入达 3000 万元后，比上年每增加 1000 万元奖励 50 万元，每年最高 1000 万元。",
    "Makers of sodium-ion, flow and solid-state lithium batteries, molten-salt storage equipment and hydrogen fuel-cell systems and parts: once sales of that business reach CNY 30M, CNY 500k per full CNY 10M of growth on last year, at most CNY 10M a year.",
  ),
  needs: t(
    "相关业务近两年销售收入的审计报告或专项说明",
    "Audited sales of the business for the last two years",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "按较保守理解：“达 3000 万元后”的增加额自 3000 万元起计，即本年度销售收入减去上年度销售收入与 3000 万元中的较高者（解读约定第 1、4 条）",
      "Conservative reading: growth counts only above CNY 30M, i.e. this year's sales less the higher of last year's sales and CNY 30M (readings rules 1 and 4)",
    ),
    t(
      "每增加 1000 万元按完整档计，不足一档不计（解读约定第 3 条）",
      "Only full CNY 10M steps count (readings rule 3)",
    ),
    READ.from2023,
  ],
  params: salesParams,
  reads: [
    "greenEnergy.emergingProduct",
    "greenEnergy.relatedSalesCurrent",
    "greenEnergy.relatedSalesPrevious",
  ],
  conditions: ({ profile, params, round }) => {
    const y = round.eventYear;
    const s = profile.greenEnergy;
    const increase = countedIncrease(
      s?.relatedSalesCurrent,
      s?.relatedSalesPrevious,
      params.salesThreshold.value,
    );
    return [
      oneOf(
        t(
          "生产钠离子电池、液流电池、固态锂离子电池、熔盐储能装备或氢燃料电池系统及关键零部件",
          "makes one of the listed storage or fuel-cell products",
        ),
        s?.emergingProduct,
        PRODUCTS,
        ["greenEnergy.emergingProduct"],
      ),
      eventYearFrom(round.eventYear, params.awardsFrom.value),
      atLeast(
        yearLabel(y, 0, "相关业务销售收入", "sales of the business"),
        s?.relatedSalesCurrent,
        params.salesThreshold.value,
        {
          facts: ["greenEnergy.relatedSalesCurrent"],
        },
      ),
      known(
        yearLabel(y, -1, "相关业务销售收入", "sales of the business"),
        s?.relatedSalesPrevious,
        ["greenEnergy.relatedSalesPrevious"],
      ),
      atLeast(salesGrowth(y), increase, params.increment.value, {
        facts: ["greenEnergy.relatedSalesCurrent", "greenEnergy.relatedSalesPrevious"],
      }),
    ];
  },
  amount: ({ profile, params, round }) => {
    const s = profile.greenEnergy!;
    const increase = countedIncrease(
      s.relatedSalesCurrent,
      s.relatedSalesPrevious,
      params.salesThreshold.value,
    )!;
    return Calc.base(salesGrowth(round.eventYear), increase)
      .perFullStep(params.increment.value, params.perStep.value)
      .cap(params.yearlyCap.value, L.perEnterpriseYearCap)
      .upTo();
  },
});
