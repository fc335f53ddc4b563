import type { Text } from "@/lib/engine/text";

/**
 * The reading conventions (docs/policies/readings.md) as a reader sees them, numbered like the
 * document: the traces cite them as "解读约定第 N 条" / "readings rule N".
 */
export type Reading = { readonly n: number; readonly title: Text; readonly body: Text };

export const READINGS: readonly Reading[] = [
  {
    n: 1,
    title: { zh: "原文未说明时从低估算", en: "Where the text is silent, the smaller amount" },
    body: {
      zh: "条款原文可以有不同理解时，按金额较小的理解估算，并在计算过程中写明“按较保守理解”。估算不应承诺超出原文支持的金额。",
      en: "Where a clause can be read more than one way, the estimate takes the reading that gives the smaller amount and says so in the calculation (“conservative reading”). An estimate never promises more than the text supports.",
    },
  },
  {
    n: 2,
    title: { zh: "所列金额均为上限", en: "Every stated amount is a ceiling" },
    body: {
      zh: "“最高”“不超过”“均为最高标准”的金额按 0 至上限估算；原文在所列条件下给予确定金额的按该金额估算；原文给出区间的（如每辆 20 万—40 万元）按区间估算。",
      en: "Amounts stated as “up to”, “not more than” or “all standards are maxima” are estimated from 0 to the ceiling; a sum the text fixes on a stated condition is estimated at that sum; a range in the text (CNY 200k–400k per vehicle) is estimated as that range.",
    },
  },
  {
    n: 3,
    title: { zh: "按完整档次计算", en: "Steps count whole" },
    body: {
      zh: "“每增加 1000 万元给予 50 万元”只对每满 1000 万元计一次，不足部分不计。",
      en: "“CNY 500k for each further CNY 10M” pays for each full CNY 10M only; a remainder does not count.",
    },
  },
  {
    n: 4,
    title: { zh: "“新增”指比上年增加的部分", en: "“New” means growth over the previous year" },
    body: {
      zh: "新增销售额、新增工业增加值、采购额新增部分、新增实际交易合同金额等，按本年度减上年度计算；原文另有说明的（如合成生物第（三）条按年度累计登记额计）从其规定。",
      en: "New sales, new industrial value added, new purchases and new contract value are this year's figure less last year's, unless the text says what is counted (e.g. synthetic biology article (3) counts the year's cumulative registered contract value).",
    },
  },
  {
    n: 5,
    title: {
      zh: "“上年同比保持增长”是单独的条件",
      en: "“Grew on the previous year too” is a condition of its own",
    },
    body: {
      zh: "上年度也须比前一年增长。未填写时，该条款显示为“需补充信息”，不假定已满足。",
      en: "The previous year must also have grown on the year before. While it is unanswered, the clause needs information; it is never assumed.",
    },
  },
  {
    n: 6,
    title: {
      zh: "投资门槛按实际投资额判断",
      en: "Investment thresholds apply to the eligible investment",
    },
    body: {
      zh: "投资门槛按条款界定的实际投资总额判断：不含土地、厂房和旧设备，含新设备和 GMP 改造等。",
      en: "Investment thresholds apply to the eligible investment the clause defines: without land, plant and used equipment; with new equipment and GMP fit-out.",
    },
  },
  {
    n: 7,
    title: {
      zh: "首次达到档次，奖励差额",
      en: "Tiers reached for the first time pay the difference",
    },
    body: {
      zh: "“首次达到”“进档奖励差额”的条款，按本次达到的档次金额减去以下较大者：往年已达到的较低档次金额（无论是否申领），以及已实际获得的奖励。例如营收上年 1.5 亿元、本年 2.5 亿元：2 亿元档（最高 20 万元）减 1 亿元档（10 万元），最高 10 万元。",
      en: "Clauses paying tiers reached for the first time pay the tier reached less the larger of the highest lower tier already reached in an earlier year (claimed or not) and what was actually received. Example: revenue of CNY 150M last year and 250M this year: the CNY 200M tier (up to 200k) less the 100M tier (100k) = up to CNY 100k.",
    },
  },
  {
    n: 8,
    title: {
      zh: "上限范围未写明时取较窄范围",
      en: "A cap of unstated scope takes the tighter scope",
    },
    body: {
      zh: "原文未写明上限是按产品还是按企业、按年还是一次性时，按较窄的范围计（见第 1 条）。",
      en: "Where the text does not say whether a cap is per product or per enterprise, per year or once, the tighter scope applies (rule 1).",
    },
  },
  {
    n: 9,
    title: { zh: "评选、排名和评审仍需争取", en: "Selections and rankings must still be won" },
    body: {
      zh: "“每年评选不超过 10 个”“前 50 家”“经评审”等，是申请人仍需争取的条件：条款可显示为符合，但标注“需评审/评选”，金额单列，不计入合计。",
      en: "“At most 10 selected a year”, “the top 50” and “after review” are conditions the applicant must still win: the clause can show as met, marked “review or selection needed”, and its amount is shown apart from the total.",
    },
  },
  {
    n: 10,
    title: { zh: "其他申请主体", en: "Applicants other than enterprises" },
    body: {
      zh: "面向医院、平台、基金、园区、区县（市）政府等的条款，只向这类申请主体显示；普通企业的测算不计入这些金额。",
      en: "Clauses for hospitals, platforms, funds, parks and district governments are shown to those applicants; an ordinary enterprise's estimate does not count them.",
    },
  },
  {
    n: 11,
    title: { zh: "有效期", en: "Validity" },
    body: {
      zh: "政策自生效日起至截止日止（含两端）有效；绿色能源政策的奖补时间从 2023 年起计算。",
      en: "A policy is in force from its first to its last day inclusive; green-energy awards are counted from 2023.",
    },
  },
  {
    n: 12,
    title: { zh: "事项年度与申报年度", en: "Event years and application rounds" },
    body: {
      zh: "条款奖补的是某一自然年度发生的事项（取得证书、年度销售或研发投入、投资、贷款利息、保费等）。市里在第 N+1 年的申报中受理第 N 年的事项，因此按事项所在年度判断是否在政策有效期内：有效期至 2026 年 12 月 31 日的政策，2026 年的事项仍可在 2027 年申报。",
      en: "A clause pays for an event of a calendar year (a certificate, a year's sales or R&D, an investment, a loan's interest, a premium). The city takes events of year N in the round of year N+1, so validity is tested on the event's year: events of 2026 under a policy in force until 31 December 2026 can still be claimed in the 2027 round.",
    },
  },
  {
    n: 13,
    title: { zh: "适用范围", en: "Scope" },
    body: {
      zh: "政策条款适用于其适用范围所列的申请人（如生物医药政策：从事生物医药相关领域研发、生产、服务的单位）。不属于该领域的不符合；领域未填写的显示为“需补充信息”。原文明确面向其他对象的条款（如光伏项目投资主体）不受此限。",
      en: "A policy's clauses are for the applicants its scope names (biomedicine: units doing biomedical research, production or services). An applicant outside the field does not qualify; one whose field is unknown needs information. Clauses whose text names other applicants (e.g. the investor of a PV project) are not bound by the scope.",
    },
  },
  {
    n: 14,
    title: { zh: "“不得同时享受”跨年度适用", en: "“Not both” holds across years" },
    body: {
      zh: "原文规定同一产品不得同时享受两项支持的（如首台套保险补偿与推广应用奖励），往年已就该产品获得其中一项的，不再享受另一项。",
      en: "Where the text says one product may not receive two supports (e.g. first-of-a-kind insurance compensation and the application award), an award already received for it in an earlier year rules out the other.",
    },
  },
  {
    n: 15,
    title: { zh: "从优、就高、不重复", en: "Once, at the better clause" },
    body: {
      zh: "同一产品、项目、平台或贷款可按两项政策支持的，只按较优的条款计一次；多个项目竞争有上限的条款时，按合计金额最高的方式分配。",
      en: "A product, project, platform or loan that two policies could support is paid once, at the better clause; when several items compete for capped clauses, the assignment that pays most in total is used.",
    },
  },
];

export type ReadingRef = {
  /** The rules cited, in order ("第 1、8 条": [1, 8]); the link goes to the first. */
  readonly ns: readonly number[];
  readonly label: string;
};

const REF =
  /解读约定第\s*\d+(?:\s*[、，,和]\s*\d+)*\s*条|readings rules? \d+(?:(?:,\s*|,? and\s+)\d+)*/g;

/** "…（解读约定第 8 条）" / "…(readings rule 8)": the text around each citation of the rules. */
export function splitReadingRefs(text: string): (string | ReadingRef)[] {
  const out: (string | ReadingRef)[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ ns: [...m[0].matchAll(/\d+/g)].map((d) => Number(d[0])), label: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
