import type { PolicyKey } from "@/lib/engine/types";
import { t, type Text } from "@/lib/engine/text";

/**
 * Later documents known to exist for a policy (../shared/policies/notices.md). Their full texts
 * are not available, so nothing of them is encoded: they are shown as notices, marked as not
 * included in the estimate.
 */
export type SuccessorNotice = {
  readonly policy: PolicyKey;
  readonly title: Text;
  /** The day the document is dated (or was put out for comment). */
  readonly date: string;
  readonly issuer: Text;
  /** What it is said to contain, from the copy named in `source`. */
  readonly summary: Text;
  /** Where the document can be read (a copy where `sourceIsCopy`); none known for the draft. */
  readonly source?: string;
  readonly sourceIsCopy: boolean;
  readonly draft: boolean;
};

export const SUCCESSOR_NOTICES: readonly SuccessorNotice[] = [
  {
    policy: "artificial-intelligence",
    title: t(
      "《支持人工智能全产业链高质量发展的若干措施》",
      "Measures to Support High-Quality Development of the Whole AI Industry Chain",
    ),
    date: "2024-07-18",
    issuer: t("杭州市人民政府办公厅", "General Office of the Hangzhou Municipal Government"),
    summary: t(
      "算力券资金池提高到每年 2.5 亿元；最高补助算力合同的 30% / 20%；每家企业每年最多 800 万元；算力项目贷款贴息。",
      "Compute-voucher pool raised to 250 million yuan a year; up to 30% / 20% of compute contracts; at most 8 million yuan per enterprise a year; interest subsidy on loans for compute projects.",
    ),
    source: "https://shangkeht.com/art/2024/7/23/art_1229063382_1844867.html",
    sourceIsCopy: true,
    draft: false,
  },
  {
    policy: "artificial-intelligence",
    title: t(
      "《杭州市加快建设人工智能创新高地实施方案（2025年版）》及《若干政策举措》",
      "Implementation Plan for Building Hangzhou into an AI Innovation Highland (2025 edition) with its Policy Measures",
    ),
    date: "2025-06-13",
    issuer: t("杭州市人民政府", "Hangzhou Municipal Government"),
    summary: t(
      "中小企业小额算力合同最高补助 50%；智能券；研发补助最高 300 万元。",
      "SMEs up to 50% of small compute contracts; intelligence vouchers; R&D subsidy up to 3 million yuan.",
    ),
    source: "https://www.szaicx.com/page141?article_id=17429",
    sourceIsCopy: true,
    draft: false,
  },
  {
    policy: "software",
    title: t(
      "《杭州市新一轮推进软件和信息技术服务业高质量发展的若干政策（公开征求意见稿）》",
      "Hangzhou's New Round of Policies for High-Quality Development of Software and IT Services (draft for comment)",
    ),
    date: "2026-02-02",
    issuer: t(
      "杭州市经济和信息化局（征求意见）",
      "Hangzhou Economy and Information Technology Bureau (for comment)",
    ),
    summary: t(
      "征求意见稿，正式文本尚未发布。",
      "A draft for comment; the final version has not been published.",
    ),
    sourceIsCopy: false,
    draft: true,
  },
];

export function noticesFor(policy: PolicyKey): readonly SuccessorNotice[] {
  return SUCCESSOR_NOTICES.filter((n) => n.policy === policy);
}

/** The mark every notice carries. */
export const NOT_IN_ESTIMATE = t("未纳入测算", "Not included in the estimate");
