import "server-only";
import { POLICY_KEYS, type PolicyKey } from "@/lib/engine/types";
import { resolveFact } from "@/lib/profile/facts";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { withCheckChar } from "@/lib/clients/credit-code";
import { POLICY_RULES } from "@/rules";

/**
 * The columns of the batch file: one row per enterprise, the facts most enterprises can state.
 * Each column is a profile path; its Chinese header comes from the profile schema's label.
 */
export type ColumnKind =
  "text" | "credit-code" | "district" | "industries" | "flag" | "money" | "year";

export type BatchColumn = {
  readonly path: string;
  /** Older headers still recognised. */
  readonly aliases?: readonly string[];
  readonly kind: ColumnKind;
  readonly header: string;
  readonly headerEn: string;
  readonly required?: boolean;
  /** A value for the template's example row. */
  readonly example: string;
};

type Spec = {
  path: string;
  kind: ColumnKind;
  required?: boolean;
  example: string;
  header?: [string, string];
  /** Older headers still recognised. */
  aliases?: readonly string[];
};

/** The figures' columns name their year relative to the 数据年度 column, as the sheet always has. */
const SLOT_WORDS: Record<string, [string, string]> = {
  current: ["本年度", "this year"],
  previous: ["上年度", "last year"],
  twoYearsAgo: ["前年度", "the year before last"],
};

const SPECS: readonly Spec[] = [
  {
    path: "enterprise.name",
    kind: "text",
    required: true,
    example: "杭州示例科技有限公司",
    header: ["企业名称", "Name"],
  },
  {
    path: "enterprise.creditCode",
    kind: "credit-code",
    required: true,
    example: withCheckChar("91330106MA2B00001"),
  },
  {
    path: "enterprise.district",
    kind: "district",
    example: "西湖区",
    header: ["所在区县", "District"],
  },
  {
    path: "enterprise.industries",
    kind: "industries",
    example: "视觉智能、人工智能",
    header: ["所属产业（多个用顿号分隔）", "Industries (separate with ;)"],
  },
  {
    path: "enterprise.registeredInHangzhou",
    kind: "flag",
    example: "是",
    header: ["在杭州注册", "Registered in Hangzhou"],
  },
  {
    path: "enterprise.aboveDesignatedSize",
    kind: "flag",
    example: "是",
    header: ["规上企业", "Above designated size"],
  },
  { path: "enterprise.sme", kind: "flag", example: "是", header: ["中小企业", "SME"] },
  {
    path: "enterprise.reportingYear",
    kind: "year",
    example: "2025",
    // The year of the “本年度” figures: rows are read as version-1 profiles (lib/profile/upgrade.ts).
    // Files made from the older template call it 申报年度, which reads like the round: still accepted.
    header: ["数据年度", "Year of the figures"],
    aliases: ["申报年度", "Reporting year"],
  },
  { path: "finance.current.revenue", kind: "money", example: "110000000" },
  { path: "finance.previous.revenue", kind: "money", example: "80000000" },
  { path: "finance.twoYearsAgo.revenue", kind: "money", example: "" },
  { path: "finance.current.rdExpense", kind: "money", example: "18000000" },
  { path: "finance.previous.rdExpense", kind: "money", example: "14000000" },
  { path: "finance.current.outputValue", kind: "money", example: "" },
  { path: "finance.previous.outputValue", kind: "money", example: "" },
  { path: "finance.current.valueAdded", kind: "money", example: "" },
  { path: "finance.current.cityRetainedContribution", kind: "money", example: "" },
  { path: "finance.previous.cityRetainedContribution", kind: "money", example: "" },
];

function build(spec: Spec): BatchColumn {
  const meta = resolveFact(spec.path)?.meta;
  if (!meta && !spec.header) throw new Error(`batch column ${spec.path}: no such profile fact`);
  let [zh, en] = spec.header ?? [meta!.title, meta!.titleEn];
  const slot = /^finance\.(\w+)\./.exec(spec.path)?.[1];
  if (slot && SLOT_WORDS[slot] && !spec.header) {
    zh = `${SLOT_WORDS[slot][0]}${meta!.title}`;
    en = `${meta!.titleEn}, ${SLOT_WORDS[slot][1]}`;
  }
  if (spec.kind === "money") {
    zh += "（元）";
    en += " (CNY)";
  }
  if (spec.kind === "flag") {
    zh += "（是/否）";
    en += " (yes/no)";
  }
  return {
    path: spec.path,
    aliases: spec.aliases,
    kind: spec.kind,
    header: zh,
    headerEn: en,
    required: spec.required,
    example: spec.example,
  };
}

export const BATCH_COLUMNS: readonly BatchColumn[] = SPECS.map(build);

/** The most rows one file may hold. */
export const MAX_BATCH_ROWS = 10_000;

/** Header text as people retype it: no spaces, no bracketed hints, ASCII brackets. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/\([^)]*\)/g, "")
    .replace(/[\s\u3000*＊]/g, "")
    .toLowerCase();
}

const byHeader = new Map<string, BatchColumn>();
for (const c of BATCH_COLUMNS) {
  byHeader.set(normaliseHeader(c.header), c);
  byHeader.set(normaliseHeader(c.headerEn), c);
  byHeader.set(c.path.toLowerCase(), c);
  for (const alias of c.aliases ?? []) byHeader.set(normaliseHeader(alias), c);
}

export function columnForHeader(header: string): BatchColumn | undefined {
  return byHeader.get(normaliseHeader(header)) ?? byHeader.get(header.trim().toLowerCase());
}

const policyByName = new Map<string, PolicyKey>();
for (const p of POLICY_RULES) {
  policyByName.set(p.policy.shortName.zh, p.policy.key);
  policyByName.set(p.policy.shortName.en.toLowerCase(), p.policy.key);
  policyByName.set(p.policy.key, p.policy.key);
}
policyByName.set("软件", "software");

export function policyKeyFor(name: string): PolicyKey | undefined {
  const trimmed = name.trim();
  return policyByName.get(trimmed) ?? policyByName.get(trimmed.toLowerCase());
}

export const POLICY_NAMES_ZH: Record<PolicyKey, string> = Object.fromEntries(
  POLICY_RULES.map((p) => [p.policy.key, p.policy.shortName.zh]),
) as Record<PolicyKey, string>;

export { DISTRICTS, POLICY_KEYS };
