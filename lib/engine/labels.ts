import type { Beneficiary, ClauseKind, PolicyStatus } from "./types";
import type { Text } from "./text";

export const BENEFICIARY_LABELS: Record<Beneficiary, Text> = {
  enterprise: { zh: "企业", en: "Enterprise" },
  platform: { zh: "公共服务平台", en: "Public service platform" },
  "medical-institution": { zh: "医疗机构", en: "Medical institution" },
  organization: { zh: "社会组织或活动主办方", en: "Organisation or event organiser" },
  "park-investor": { zh: "园区投资主体", en: "Park investor" },
  "fund-manager": { zh: "基金管理公司", en: "Fund manager" },
  "university-or-institute": { zh: "高校或科研院所", en: "University or research institute" },
  "district-government": { zh: "区、县（市）政府", en: "District or county government" },
};

/** Badges: 计算 / 定额 / 最高 / 未明确金额 / 非资金支持. */
export const KIND_LABELS: Record<ClauseKind, Text> = {
  formula: { zh: "计算", en: "Computed" },
  fixed: { zh: "定额", en: "Fixed" },
  "up-to": { zh: "最高", en: "Up to" },
  unspecified: { zh: "未明确金额", en: "Amount not stated" },
  "non-monetary": { zh: "非资金支持", en: "Non-monetary" },
};

export const POLICY_STATUS_LABELS: Record<PolicyStatus, Text> = {
  "in-force": { zh: "有效", en: "In force" },
  expired: { zh: "已到期", en: "Expired" },
  "not-yet-effective": { zh: "尚未施行", en: "Not yet in force" },
};
