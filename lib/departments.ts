import type { Lang } from "@/lib/engine/text";

/**
 * The departments the texts name as 牵头单位, in English. The Chinese name is the legal
 * reference and stays as written; an unknown name is shown as written in both languages.
 */
const DEPARTMENTS: Readonly<Record<string, string>> = {
  市经信局: "Municipal Bureau of Economy and Information Technology",
  市科技局: "Municipal Science and Technology Bureau",
  市发改委: "Municipal Development and Reform Commission",
  市财政局: "Municipal Finance Bureau",
  市市场监管局: "Municipal Market Supervision Administration",
  市卫生健康委员会: "Municipal Health Commission",
  市人力社保局: "Municipal Human Resources and Social Security Bureau",
  市国资委: "Municipal State-owned Assets Commission",
  市委人才办: "Municipal Party Committee Talent Office",
  "市商务局(自贸委)": "Municipal Commerce Bureau (Free Trade Zone Commission)",
  市商务局: "Municipal Commerce Bureau",
  钱江海关: "Qianjiang Customs",
  市地方金融监管局: "Municipal Local Financial Supervision Bureau",
  市生态环境局: "Municipal Ecology and Environment Bureau",
  市应急管理局: "Municipal Emergency Management Bureau",
  市规划与自然资源局: "Municipal Planning and Natural Resources Bureau",
  市规划和自然资源局: "Municipal Planning and Natural Resources Bureau",
  市投资促进局: "Municipal Investment Promotion Bureau",
  市交通运输局: "Municipal Transport Bureau",
  市公安局: "Municipal Public Security Bureau",
  市邮政管理局: "Municipal Postal Administration",
  市农业农村局: "Municipal Agriculture and Rural Affairs Bureau",
  国网杭州供电公司: "State Grid Hangzhou Power Supply Company",
  国家税务总局杭州市税务局: "Hangzhou Municipal Tax Service, STA",
  市住保房管局: "Municipal Housing Security and Real Estate Bureau",
  市教育局: "Municipal Education Bureau",
  "各区、县(市)政府": "all district and county (city) governments",
  "有关区、县(市)政府": "the district and county (city) governments concerned",
};

// District governments first: their names hold a 、 themselves.
const PART = new RegExp(
  Object.keys(DEPARTMENTS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[()]/g, "\\$&"))
    .join("|"),
  "g",
);

/** "市经信局、市财政局" → "Municipal Bureau of Economy…; Municipal Finance Bureau" in English. */
export function departmentText(lead: string, lang: Lang): string {
  if (lang === "zh") return lead;
  const parts = lead.match(PART) ?? [];
  const rest = lead.replace(PART, "").replace(/[、,，\s]/g, "");
  if (parts.length === 0 || rest) return lead;
  return parts.map((p) => DEPARTMENTS[p]!).join("; ");
}
