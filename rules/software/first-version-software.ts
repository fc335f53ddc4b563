import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, listHas, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { asPercent, percent, wan, yi, type Rate } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { fixedRate } from "../shared/readings";
import { yearLabel, yearText } from "../shared/years";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT, firstVersionProducts, type FirstVersionProduct } from "./shared";

const common = {
  policy: "software",
  article: "（四）",
  page: 25,
  heading: "鼓励自主软件推广应用",
  leadDepartment: DEPT.cityAndDistricts,
  beneficiary: "enterprise",
  requiresReview: false,
} as const;

type SalesTier = "t1" | "t2" | "t3";

const TIER_ROWS: Readonly<Record<SalesTier, Text>> = {
  t1: t("年度首版次软件销售额达 1000 万元", "first-version sales of CNY 10M"),
  t2: t("达 1 亿元", "of CNY 100M"),
  t3: t("达 3 亿元（含）以上", "of CNY 300M and above"),
};

const firstVersionParams = {
  tier1: param.yuan(
    wan(1000),
    t("年度首版次软件销售额第一档（达到）", "first tier of first-version sales (reached)"),
  ),
  tier2: param.yuan(
    yi(1),
    t("年度首版次软件销售额第二档（达到）", "second tier of first-version sales (reached)"),
  ),
  tier3: param.yuan(
    yi(3),
    t("年度首版次软件销售额第三档（含以上）", "third tier of first-version sales (and above)"),
  ),
  provincialRates: param.table<SalesTier, Rate>(
    { t1: percent(2), t2: percent(3), t3: percent(5) },
    t("入选省级目录的补助比例（按销售额）", "rates for the provincial list (of sales)"),
    TIER_ROWS,
  ),
  nationalRates: param.table<SalesTier, Rate>(
    { t1: percent(2.2), t2: percent(3.3), t3: percent(5.5) },
    t("入选国家级目录的补助比例（按销售额）", "rates for the national list (of sales)"),
    TIER_ROWS,
  ),
  cap: param.yuan(wan(2000), t("单个产品最高补助", "cap per product")),
  avgGrowth: param.rate(
    percent(10),
    t(
      "前 3 年营收年均增长（以上）",
      "average annual revenue growth over the previous 3 years, at least",
    ),
  ),
  growthYears: param.years(
    3,
    t("计算年均增长的年度数", "years over which the average growth is measured"),
  ),
};

/**
 * 前 3 年营收年均增长 10% 以上: the compound annual growth from the year before last to this year
 * (three years, two growth periods), checked exactly in integers: current × den^n ≥ base × (den + num)^n.
 */
function averageGrowthAtLeast(p: EventProfile, rate: Rate, years: number, label: Text): Condition {
  const facts = ["finance.current.revenue", "finance.twoYearsAgo.revenue"] as const;
  const current = p.finance?.current?.revenue;
  const base = p.finance?.twoYearsAgo?.revenue;
  if (current === undefined || base === undefined) return { label, status: "unknown", facts };
  if (base <= 0) return { label, status: current > 0 ? "met" : "unmet", facts };
  const periods = BigInt(years - 1);
  const ok =
    BigInt(current) * BigInt(rate.den) ** periods >=
    BigInt(base) * BigInt(rate.den + rate.num) ** periods;
  const actual = Math.round(((current / base) ** (1 / Number(periods)) - 1) * 10_000) / 100;
  return {
    label,
    status: ok ? "met" : "unmet",
    facts,
    gap: { actual, required: asPercent(rate), unit: "percent", comparator: ">=" },
  };
}

function salesTier(sales: number, p: typeof firstVersionParams): SalesTier {
  if (sales >= p.tier3.value) return "t3";
  if (sales >= p.tier2.value) return "t2";
  return "t1";
}

export const firstVersionSales = defineClause<FirstVersionProduct, typeof firstVersionParams>({
  ...common,
  id: "software/4-a",
  kind: "formula",
  text: "(四)鼓励自主软件推广应用。推动基础软件、工业软件等重点领域关键软件产品开发和首购首用,支持软件首台(套)产品工程化攻关突破。对入选国家、省级首版次软件产品应用推广目录,前 3 年营收年均增长 10%以上的企业,年度首版次软件销售额达到 1000 万元、1 亿元、3 亿元(含)以上的,入选省级的按销售额的 2%、3%、5%,入选国家级的按销售额的 2.2%、3.3%、5.5%给予补助,单个产品最高补助 2000 万元。",
  summary: t(
    "入选国家、省级首版次软件产品目录、前 3 年营收年均增长 10% 以上的企业，年度首版次软件销售额达到 1000 万元、1 亿元、3 亿元的：省级按销售额 2%、3%、5%，国家级按 2.2%、3.3%、5.5% 补助，单个产品最高 2000 万元。",
    "Enterprises with a product on the national or provincial first-version software list and average revenue growth of at least 10% over 3 years, with first-version sales reaching CNY 10M / 100M / 300M: 2% / 3% / 5% of sales (provincial list) or 2.2% / 3.3% / 5.5% (national list), capped at CNY 20M per product.",
  ),
  needs: t(
    "入选首版次软件产品应用推广目录的文件、年度首版次软件销售合同和发票、近 3 年营收审计报告。",
    "The first-version catalogue listing, the year's sales contracts and invoices for the product, audited revenue of the last 3 years.",
  ),
  readings: [
    t(
      "达到的档位比例适用于全部销售额（非超额累进）",
      "The rate of the tier reached applies to the whole sales amount (not marginally)",
    ),
    t(
      "“(含)以上”对三个门槛均按含本数理解",
      "“(含)以上” is read as inclusive for all three thresholds",
    ),
    t(
      "同时入选国家级和省级目录的，按国家级比例（就高）",
      "A product on both lists is paid at the national rates (the higher)",
    ),
    t(
      "按较保守理解：“前 3 年营收年均增长”按前年度至本年度营收的复合年均增长率计算（较算术平均更严格）",
      "Conservative reading: the 3-year average growth is the compound annual growth from the year before last to this year (stricter than the arithmetic mean)",
    ),
    fixedRate,
  ],
  params: firstVersionParams,
  reads: [
    ...SCOPE_READS,
    "finance.current.revenue",
    "finance.twoYearsAgo.revenue",
    "software.firstVersionProducts[].listLevel",
    "software.firstVersionProducts[].annualSales",
  ],
  items: firstVersionProducts,
  conditions: ({ profile, item, params, round }) => [
    qualifiedSoftwareEnterprise(profile),
    averageGrowthAtLeast(
      profile,
      params.avgGrowth.value,
      params.growthYears.value,
      yearText(
        round.eventYear,
        "营业收入年均增长 10% 以上（{y-2} 年 → {y} 年）",
        "average revenue growth of at least 10% a year ({y-2} → {y})",
      ),
    ),
    oneOf(
      t(
        "入选国家或省级首版次软件产品应用推广目录",
        "on the national or provincial first-version software list",
      ),
      item.listLevel,
      ["national", "provincial"],
      ["software.firstVersionProducts[].listLevel"],
    ),
    atLeast(
      yearLabel(
        round.eventYear,
        0,
        "首版次软件销售额达到 1000 万元",
        "first-version sales of at least CNY 10M in",
      ),
      item.annualSales,
      params.tier1.value,
      {
        facts: ["software.firstVersionProducts[].annualSales"],
      },
    ),
  ],
  amount: ({ item, params, round }) => {
    const tier = salesTier(item.annualSales!, params);
    const national = item.listLevel === "national";
    const rate = (national ? params.nationalRates : params.provincialRates).value[tier];
    return Calc.base(
      yearLabel(round.eventYear, 0, "首版次软件销售额", "first-version sales"),
      item.annualSales!,
    )
      .rate(
        rate,
        national
          ? t("国家级目录比例", "national-list rate")
          : t("省级目录比例", "provincial-list rate"),
      )
      .cap(params.cap.value, params.cap.label)
      .exactly();
  },
});

export const firstVersionDistrictRewards = defineClause({
  ...common,
  id: "software/4-b",
  kind: "unspecified",
  text: "鼓励区、县(市)对首版次软件产品给予资金奖励,探索实施首版次软件保险补偿试点。",
  summary: t(
    "首版次软件产品：鼓励区、县（市）给予资金奖励，探索首版次软件保险补偿试点，金额未规定。",
    "First-version software products: districts are encouraged to reward them and an insurance-compensation pilot is to be explored; amount not stated.",
  ),
  needs: t(
    "入选首版次软件产品目录的文件；奖励由属地区、县（市）决定，向属地政府或市经信局咨询。",
    "The first-version listing; any reward is the district's — ask the district or the Municipal Bureau of Economy and Information Technology.",
  ),
  params: {},
  reads: [...SCOPE_READS, "software.firstVersionProducts[].listLevel"],
  conditions: ({ profile }) => [
    qualifiedSoftwareEnterprise(profile),
    fact(
      t("有入选首版次软件产品目录的产品", "has a product on a first-version software list"),
      listHas(profile.software?.firstVersionProducts, (x) => x.listLevel !== undefined),
      ["software.firstVersionProducts[].listLevel"],
    ),
  ],
});
