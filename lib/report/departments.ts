import type { Lang } from "@/lib/engine/text";

/** The lead departments the clauses name ("市经信局"), in the English the city's own sites use. */
const DEPARTMENTS_EN: Readonly<Record<string, string>> = {
  市经信局: "Hangzhou Bureau of Economy and Information Technology",
  市科技局: "Hangzhou Science and Technology Bureau",
  市发改委: "Hangzhou Development and Reform Commission",
  市商务局: "Hangzhou Commerce Bureau",
  "市商务局(自贸委)": "Hangzhou Commerce Bureau (Free Trade Zone Commission)",
  市规划和自然资源局: "Hangzhou Planning and Natural Resources Bureau",
  市委人才办: "Talent Office of the CPC Hangzhou Municipal Committee",
  市生态环境局: "Hangzhou Ecology and Environment Bureau",
  市市场监管局: "Hangzhou Administration for Market Regulation",
  市投资促进局: "Hangzhou Investment Promotion Bureau",
  市国资委: "Hangzhou State-owned Assets Supervision and Administration Commission",
  市地方金融监管局: "Hangzhou Local Financial Supervision and Administration Bureau",
  市财政局: "Hangzhou Finance Bureau",
  市卫生健康委员会: "Hangzhou Health Commission",
  市人力社保局: "Hangzhou Human Resources and Social Security Bureau",
  钱江海关: "Qianjiang Customs",
  市农业农村局: "Hangzhou Agriculture and Rural Affairs Bureau",
  市规划与自然资源局: "Hangzhou Planning and Natural Resources Bureau",
  市应急管理局: "Hangzhou Emergency Management Bureau",
  市交通运输局: "Hangzhou Transportation Bureau",
  市公安局: "Hangzhou Public Security Bureau",
  市邮政管理局: "Hangzhou Postal Administration",
  市住保房管局: "Hangzhou Housing Security and Real Estate Administration Bureau",
  市教育局: "Hangzhou Education Bureau",
  国网杭州供电公司: "State Grid Hangzhou Power Supply Company",
  国家税务总局杭州市税务局: "Hangzhou Municipal Tax Service, State Taxation Administration",
  "各区、县(市)政府": "the governments of all districts and counties (county-level cities)",
  "有关区、县(市)政府":
    "the governments of the districts and counties (county-level cities) concerned",
};

/** "各区、县(市)政府" names one body although it holds a "、"; it is taken out before splitting. */
const WHOLE = Object.keys(DEPARTMENTS_EN).filter((d) => d.includes("、"));

/** "市经信局、市财政局,各区、县(市)政府" → the departments it names, in order. */
export function departmentsOf(lead: string): string[] {
  const out: string[] = [];
  for (const part of lead.split(/[,，]/)) {
    const whole = WHOLE.find((w) => part.trim() === w);
    if (whole) out.push(whole);
    else out.push(...part.split("、").map((d) => d.trim()));
  }
  return out.filter(Boolean);
}

/**
 * A clause's lead department(s) as the reader's language names them: "市经信局、市财政局" stays in
 * Chinese, in English each department is named in full ("…; Hangzhou Finance Bureau"). A name not
 * in the table is kept as written rather than dropped.
 */
export function leadDepartmentText(lead: string, lang: Lang): string {
  if (lang === "zh") return lead;
  return departmentsOf(lead)
    .map((d) => DEPARTMENTS_EN[d] ?? d)
    .join("; ");
}

/** Every department name the English table knows (for the test that all clauses are covered). */
export const KNOWN_DEPARTMENTS: readonly string[] = Object.keys(DEPARTMENTS_EN);
