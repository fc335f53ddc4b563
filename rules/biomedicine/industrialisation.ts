import { Calc } from "@/lib/engine/calc";
import { above, atLeast, fact, increase, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { OVERLAP } from "../shared/overlap-groups";
import { projects } from "../shared/items";
import { yearLabel, yearText } from "../shared/years";
import { READ, lessReceived, type PlantSale } from "./shared";

export const industrialisationGrant = defineClause({
  id: "biomedicine/12-a",
  policy: "biomedicine",
  article: "（十二）",
  page: 5,
  heading: "推动创新项目产业化落地",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(十二)推动创新项目产业化落地。对实际投资总额达 2000 万元的产业化项目,按实际投资总额(不含土地、厂房、旧设备等,含新设备、GMP标准厂房装修等)的 30%予以资助。",
  summary: t(
    "实际投资总额（不含土地、厂房、旧设备，含新设备、GMP 标准厂房装修）达 2000 万元的产业化项目，按实际投资总额的 30% 予以资助；原文未设上限。",
    "Industrialisation projects with actual investment (excluding land, plant and used equipment; including new equipment and GMP fit-out) of CNY 20M or more: 30% of that investment; the text states no cap.",
  ),
  needs: t(
    "项目备案或核准文件、实际投资专项审计报告（列明设备、GMP 装修与土地厂房）",
    "Project filing and an audit of the actual investment (equipment, GMP fit-out, land and plant listed)",
  ),
  readings: [
    t(
      "2000 万元门槛按同一口径（不含土地、厂房、旧设备，含新设备、GMP 标准厂房装修）计（解读约定第 6 条）",
      "The CNY 20M threshold applies to the same eligible base (excluding land, plant and used equipment; including new equipment and GMP fit-out) (readings rule 6)",
    ),
    t(
      "原文比例为 30%（非“不超过”），也未设金额上限",
      "The text fixes the rate at 30% (not “up to”) and states no cap",
    ),
    t(
      "同一项目同时符合合成生物政策第（十一）条的，按“从优、就高、不重复”只支持一次",
      "A project that also qualifies under article (11) of the synthetic-biology policy is paid once, under the better clause (从优、就高、不重复)",
    ),
  ],
  params: {
    threshold: param.yuan(wan(2000), t("实际投资总额门槛", "actual-investment threshold")),
    rate: param.rate(percent(30), t("资助比例", "funding rate")),
  },
  reads: ["projects[].isIndustrialisation", "projects[].eligibleInvestment"],
  items: projects,
  exclusiveGroup: OVERLAP.industrialisationInvestment,
  conditions: ({ item, params }) => [
    fact(t("产业化项目", "an industrialisation project"), item.isIndustrialisation, [
      "projects[].isIndustrialisation",
    ]),
    atLeast(
      t("实际投资总额达 2000 万元", "actual investment of CNY 20M or more"),
      item.eligibleInvestment,
      params.threshold.value,
      {
        facts: ["projects[].eligibleInvestment"],
      },
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t(
        "实际投资总额（不含土地、厂房、旧设备）",
        "actual investment (excluding land, plant, used equipment)",
      ),
      item.eligibleInvestment!,
    )
      .rate(params.rate.value)
      .exactly(),
});

const SALE_FACTS = {
  built: "biomedicine.statePlantSales[].builtByStatePlatform",
  area: "biomedicine.statePlantSales[].area",
  use: "biomedicine.statePlantSales[].allForIndustrialisation",
  value: "biomedicine.statePlantSales[].transactionValue",
} as const;

/** A sale by the district's state platform whose plant is wholly used for industrialisation (area checked apart). */
const builtAndUsed = (s: PlantSale) =>
  s.builtByStatePlatform === true && s.allForIndustrialisation === true;
const qualifyingSales = (sales: readonly PlantSale[], minArea: number) =>
  sales.filter((s) => builtAndUsed(s) && (s.area ?? 0) >= minArea);

/** The district's sales taken together: at least one qualifies, and every qualifying one has a price. */
function plantSaleConditions(profile: EventProfile, minArea: number): Condition[] {
  const sales = profile.biomedicine?.statePlantSales;
  if (sales === undefined)
    return [
      known(t("国资平台厂房出售情况", "sales of state-platform plant"), sales, [
        "biomedicine.statePlantSales",
      ]),
    ];
  const used = sales.filter(builtAndUsed);
  const unanswered = sales.some(
    (s) => s.builtByStatePlatform === undefined || s.allForIndustrialisation === undefined,
  );
  // The largest area among the sales that meet the other conditions (or among all, for the near miss).
  const areas = (used.length ? used : sales).map((s) => s.area);
  const largestKnown = Math.max(-1, ...areas.filter((a) => a !== undefined));
  const largest =
    largestKnown >= minArea || (areas.length > 0 && !areas.includes(undefined))
      ? largestKnown
      : undefined;
  return [
    fact(
      t(
        "区、县（市）国资平台建设的厂房出售给企业，并全部用于产业化项目",
        "plant built by the district's state platform, sold to an enterprise and wholly used for industrialisation",
      ),
      used.length > 0 ? true : unanswered ? undefined : false,
      [SALE_FACTS.built, SALE_FACTS.use],
    ),
    atLeast(t("出售厂房总面积达 1 万平方米以上", "10,000 m² or more sold"), largest, minArea, {
      facts: [SALE_FACTS.area],
      unit: "area-m2",
    }),
    known(
      t("厂房交易金额", "transaction value"),
      qualifyingSales(sales, minArea).every((s) => s.transactionValue !== undefined)
        ? true
        : undefined,
      [SALE_FACTS.value],
    ),
  ];
}

export const statePlantSaleGrant = defineClause({
  id: "biomedicine/12-b",
  policy: "biomedicine",
  article: "（十二）",
  page: 5,
  heading: "推动创新项目产业化落地",
  leadDepartment: "市经信局",
  beneficiary: "district-government",
  kind: "formula",
  requiresReview: false,
  text: "各区、县(市)国资平台建设的厂房出售给企业,总面积达 1 万平方米以上并全部用于产业化项目的,对所在区、县(市)按厂房交易金额的 20%予以资助,最高不超过 1 亿元。(牵头单位:市经信局,配合单位:市财政局、市投资促进局)",
  summary: t(
    "区、县（市）国资平台建设的厂房出售给企业，总面积达 1 万平方米以上并全部用于产业化项目的，对所在区、县（市）按厂房交易金额的 20% 予以资助，最高 1 亿元。",
    "Plant built by a district's state-owned platform and sold to enterprises, 10,000 m² or more and wholly used for industrialisation: the district receives 20% of the transaction value, capped at CNY 100M.",
  ),
  needs: t(
    "厂房建设主体与出售合同、面积测绘报告、产业化用途证明；由区、县（市）向市经信局申报",
    "Builder, sale contract, area survey and proof of industrial use; the district applies to the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    t("1 万平方米门槛按每宗出售计", "The 10,000 m² threshold applies to each sale"),
    READ.capOnce(
      "1 亿元按单个区、县（市）所有出售合计",
      "CNY 100M per district across all its sales",
    ),
    READ.notForEnterprises,
  ],
  params: {
    minArea: param.area(10_000, t("出售厂房总面积门槛", "area threshold")),
    rate: param.rate(percent(20), t("按厂房交易金额的比例", "share of the transaction value")),
    cap: param.yuan(yi(1), t("资助上限", "funding cap")),
  },
  reads: [SALE_FACTS.built, SALE_FACTS.area, SALE_FACTS.use, SALE_FACTS.value],
  conditions: ({ profile, params }) => plantSaleConditions(profile, params.minArea.value),
  amount: ({ profile, params, received }) => {
    const sales = qualifyingSales(profile.biomedicine!.statePlantSales!, params.minArea.value);
    const value = sales.reduce((sum, s) => sum + s.transactionValue!, 0);
    const c = Calc.base(
      t(
        `符合条件的厂房交易金额（${sales.length} 宗）`,
        `qualifying transaction value (${sales.length} sale(s))`,
      ),
      value,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label);
    return lessReceived(c, received("biomedicine/12-b")).exactly();
  },
});

export const contributionGrowthToDistrict = defineClause({
  id: "biomedicine/13",
  policy: "biomedicine",
  article: "（十三）",
  page: 5,
  heading: "鼓励企业做优做强",
  leadDepartment: "市经信局",
  beneficiary: "district-government",
  kind: "formula",
  requiresReview: false,
  text: "(十三)鼓励企业做优做强。规上生物医药企业当年市级留成新增贡献部分全额奖励给属地政府,由其统筹用于支持生物医药企业发展,扶持企业做优做强。推动“一核四园多点”协同发展,鼓励开展区域合作,强化区县(市)联动,合理布局化学药、原料药和制剂生产基地,补齐生物医药发展产业链,支持建设生物医药产业共同富裕示范区。(牵头单位:市经信局,配合单位:市财政局、市生态环境局、市统计局、国家税务总局杭州市税务局)",
  summary: t(
    "规上生物医药企业当年市级留成新增贡献部分全额奖励给属地政府，统筹用于支持生物医药企业发展。",
    "The whole of an above-designated-size biomedicine enterprise's new city-retained fiscal contribution of the year goes to its local government, to support biomedicine enterprises.",
  ),
  needs: t(
    "企业本年度与上年度市级留成财政贡献（由财政、税务部门核定）",
    "The enterprise's city-retained contribution this year and last year, as certified by finance and tax offices",
  ),
  readings: [
    READ.newIsGrowth("市级留成贡献", "city-retained contribution"),
    READ.notForEnterprises,
  ],
  params: {
    rate: param.rate(percent(100), t("全额奖励", "the whole increase")),
  },
  reads: [
    "enterprise.aboveDesignatedSize",
    "finance.current.cityRetainedContribution",
    "finance.previous.cityRetainedContribution",
  ],
  conditions: ({ profile, round }) => {
    const current = profile.finance?.current?.cityRetainedContribution;
    const previous = profile.finance?.previous?.cityRetainedContribution;
    return [
      fact(
        t("规上生物医药企业", "an above-designated-size biomedicine enterprise"),
        profile.enterprise.aboveDesignatedSize,
        ["enterprise.aboveDesignatedSize"],
      ),
      above(
        yearText(
          round.eventYear,
          "{y} 年市级留成贡献较 {y-1} 年有新增",
          "the city-retained contribution grew {y-1} → {y}",
        ),
        increase(current, previous),
        0,
        {
          facts: [
            "finance.current.cityRetainedContribution",
            "finance.previous.cityRetainedContribution",
          ],
        },
      ),
    ];
  },
  amount: ({ profile, params, round }) =>
    Calc.base(
      yearLabel(round.eventYear, 0, "市级留成贡献", "city-retained contribution"),
      profile.finance!.current!.cityRetainedContribution!,
    )
      .minus(
        profile.finance!.previous!.cityRetainedContribution!,
        yearLabel(round.eventYear, -1, "市级留成贡献", "city-retained contribution"),
      )
      .rate(params.rate.value)
      .exactly(),
});
