import { Calc } from "@/lib/engine/calc";
import { above, atLeast, growthAtLeast, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { applyRate, asPercent, percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { growthLabel, yearLabel, yearText } from "../shared/years";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT, READ } from "./shared";

const rdParams = {
  revenueThreshold: param.yuan(yi(2), t("上年度营收门槛（含）", "last year's revenue, at least")),
  growthAbove: param.rate(percent(20), t("营收增速须超过", "revenue growth must exceed")),
  rdShareAbove: param.rate(
    percent(20),
    t("研发投入占营收比例须超过", "R&D share of revenue must exceed"),
  ),
  rate: param.rate(percent(20), t("补助比例（不超过超出部分）", "share of the excess, at most")),
  cap: param.yuan(wan(1000), t("最高补助", "cap")),
  ranking: param.count(50, t("按研发占比排名前若干家", "top applicants ranked by R&D share")),
};

export const rdInvestment = defineClause({
  id: "software/3",
  policy: "software",
  article: "（三）",
  page: 24,
  heading: "支持加大研发投入",
  leadDepartment: DEPT.rd,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(三)支持加大研发投入。鼓励软件企业持续加大研发投入,对上年度营收 2 亿元(含)以上、营收增速超过 20%,且研发投入占营收的比例超过 20%的前 50 家企业(按申报企业研发占比排名),对研发投入占营收的比例超过 20%的部分给予不超过 20%、最高 1000 万元补助。(责任单位:市经信局、国家税务总局杭州市税务局)",
  summary: t(
    "上年度营收 2 亿元（含）以上、营收增速超过 20%、研发投入占营收超过 20% 的前 50 家企业（按研发占比排名）：研发投入超过营收 20% 的部分给予不超过 20% 的补助，最高 1000 万元。",
    "Top 50 applicants by R&D share with last year's revenue of at least CNY 200M, growth above 20% and R&D above 20% of revenue: up to 20% of the R&D in excess of 20% of revenue, capped at CNY 10M.",
  ),
  needs: t(
    "上年度和前年度营收、上年度研发投入的审计报告或税务申报数据；排名由市经信局按申报企业研发占比确定。",
    "Audited or tax-filed revenue of last year and the year before and last year's R&D; the Municipal Bureau of Economy and Information Technology ranks the applicants by R&D share.",
  ),
  readings: [
    t(
      "营收、增速和研发占比均按上年度数据：增速 = 上年度营收较前年度的增长",
      "Revenue, growth and R&D share are last year's: growth is last year's revenue over the year before's",
    ),
    t(
      "可补助基数 = 上年度研发投入 − 上年度营收 × 20%",
      "The base is last year's R&D less 20% of last year's revenue",
    ),
    READ.selection("前 50 家（按申报企业研发占比排名）", "top 50 applicants by R&D share"),
    READ.ceilingAmounts,
  ],
  params: rdParams,
  reads: [
    ...SCOPE_READS,
    "finance.previous.revenue",
    "finance.twoYearsAgo.revenue",
    "finance.previous.rdExpense",
  ],
  conditions: ({ profile, params, round }) => {
    const y = round.eventYear;
    const revenue = profile.finance?.previous?.revenue;
    const rd = profile.finance?.previous?.rdExpense;
    const share = revenue && rd !== undefined ? (rd * 100) / revenue : undefined;
    return [
      qualifiedSoftwareEnterprise(profile),
      atLeast(
        yearLabel(y, -1, "营业收入 2 亿元（含）以上", "revenue of at least CNY 200M in"),
        revenue,
        params.revenueThreshold.value,
        { facts: ["finance.previous.revenue"] },
      ),
      growthAtLeast(
        growthLabel(y, "营业收入增速超过 20%", "revenue growth above 20%", -2, -1),
        revenue,
        profile.finance?.twoYearsAgo?.revenue,
        asPercent(params.growthAbove.value),
        {
          facts: ["finance.previous.revenue", "finance.twoYearsAgo.revenue"],
          strict: true,
        },
      ),
      above(
        yearLabel(y, -1, "研发投入占营业收入的比例超过 20%", "R&D above 20% of revenue in"),
        share,
        asPercent(params.rdShareAbove.value),
        {
          facts: ["finance.previous.rdExpense", "finance.previous.revenue"],
          unit: "percent",
        },
      ),
      toWin(
        t(
          `按研发占比排名进入申报企业前 ${params.ranking.value} 家`,
          `rank among the top ${params.ranking.value} applicants by R&D share`,
        ),
      ),
    ];
  },
  amount: ({ profile, params, round }) => {
    const revenue = profile.finance!.previous!.revenue!;
    return Calc.base(
      yearLabel(round.eventYear, -1, "研发投入", "R&D investment"),
      profile.finance!.previous!.rdExpense!,
    )
      .minus(
        applyRate(revenue, params.rdShareAbove.value),
        yearText(
          round.eventYear,
          "{y-1} 年营业收入的 20%（不计入的部分）",
          "20% of revenue {y-1} (not counted)",
        ),
      )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .upTo();
  },
});
