import { t, type Text } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";

/**
 * How the policies are applied for in practice, beyond their own text (../shared/policies/notices.md):
 * the channel where a notice confirms it, the general requirements the notices add, and later
 * documents that are not encoded as rules. Shown to readers as notices, never used in amounts.
 */
export type ApplicationInfo = {
  readonly channel: Text;
  /** Requirements every application under the policy must meet, with the notice that states them. */
  readonly requirements: readonly Text[];
  /** Later documents on the same subject, with title and date, not encoded as rules. */
  readonly successors: readonly Text[];
};

/** Confirmed by the biomedicine 2024/2025 and synthetic-biology 2024 notices. */
const DIRECT_REPORTING = t(
  "杭州市企事通直报平台在线申报，另交纸质材料一式两份（加盖骑缝章）；以当年申报通知为准",
  "Online on the Hangzhou Qishitong (enterprise affairs) direct-reporting platform, plus a paper set in two copies sealed across the page joins; the year's application notice decides",
);

const UNCONFIRMED_CHANNEL = t(
  "企事通直报平台；以当年申报通知为准",
  "The Qishitong (enterprise affairs) direct-reporting platform; the year's application notice decides",
);

const CLAUSE_EVIDENCE = t(
  "条款要求的证明材料（证书、经审计的研发投入、合同、发票等）",
  "The evidence the clause asks for (certificates, audited R&D spending, contracts, invoices)",
);

export const APPLICATION: Readonly<Record<PolicyKey, ApplicationInfo>> = {
  biomedicine: {
    channel: DIRECT_REPORTING,
    requirements: [
      CLAUSE_EVIDENCE,
      t(
        "签署申报材料真实性承诺书（2025 年申报通知）",
        "A signed pledge that the application is truthful (2025 notice)",
      ),
    ],
    successors: [],
  },
  "synthetic-biology": {
    channel: DIRECT_REPORTING,
    requirements: [
      CLAUSE_EVIDENCE,
      t(
        "正常经营、信用良好，分支机构不得申报（2024 年申报通知）",
        "Operating normally with a good credit record; branch offices may not apply (2024 notice)",
      ),
    ],
    successors: [],
  },
  "high-end-equipment": {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [],
  },
  "new-materials": {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [],
  },
  "green-energy": { channel: UNCONFIRMED_CHANNEL, requirements: [CLAUSE_EVIDENCE], successors: [] },
  "integrated-circuits": {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [],
  },
  software: {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [
      t(
        "《杭州市新一轮推进软件和信息技术服务业高质量发展的若干政策（公开征求意见稿）》，市经信局 2026-02-02 公开征求意见，正式文件尚未发布",
        "《杭州市新一轮推进软件和信息技术服务业高质量发展的若干政策（公开征求意见稿）》 (the new round of software and IT services policies, draft for comment), put out for comment by the Hangzhou Bureau of Economy and Information Technology on 2026-02-02; the final version is not yet published",
      ),
    ],
  },
  "artificial-intelligence": {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [
      t(
        "《支持人工智能全产业链高质量发展的若干措施》，市政府办公厅，2024-07-18",
        "《支持人工智能全产业链高质量发展的若干措施》 (measures for the whole AI industry chain), city government general office, 2024-07-18",
      ),
      t(
        "《杭州市加快建设人工智能创新高地实施方案（2025年版）》及《若干政策举措》，市政府，2025-06-13",
        "《杭州市加快建设人工智能创新高地实施方案（2025年版）》 with 《若干政策举措》 (AI innovation highland plan, 2025 edition), city government, 2025-06-13",
      ),
    ],
  },
  "visual-intelligence": {
    channel: UNCONFIRMED_CHANNEL,
    requirements: [CLAUSE_EVIDENCE],
    successors: [],
  },
};
