import { t, type Text } from "@/lib/engine/text";

export type ChangelogEntry = {
  /** The rules version (registry.version) the entry describes. */
  readonly version: string;
  /** When the version was released, YYYY-MM-DD. */
  readonly date: string;
  /** What changed for a reader of the results, one sentence each. */
  readonly changes: readonly Text[];
};

/**
 * What changed in each version of the rules, newest first. The current version must have an entry
 * (tests/rules/version.test.ts names it when it is missing); the staff workspace and
 * GET /api/v1/rules show them.
 */
export const RULES_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: "2026.11+396a10bf",
    date: "2026-12-05",
    changes: [
      t(
        "按类别、阶段或年度分档的金额表（如生物医药（十五）条各类产品奖励上限）改以“1 类新药”“Ⅱ期临床”等名称显示，不再显示内部代码；金额不变。",
        "Amount tables by category, phase or year (e.g. biomedicine article (15)'s awards by product) are shown with their names (“class-1 new drugs”, “phase II”), no longer with internal codes; amounts are unchanged.",
      ),
    ],
  },
  {
    version: "2026.11+a6649acd",
    date: "2026-12-05",
    changes: [
      t(
        "每项政策的适用范围（如生物医药、集成电路领域）成为其条款的条件：未选择所属领域的，相关条款标为“需补充信息”；不属于该领域的，不再计入。",
        "Each policy's scope (e.g. the biomedicine or integrated-circuit field) is now a condition of its clauses: with no field chosen they need information; outside the field they no longer count.",
      ),
      t(
        "新材料、高端装备的首批次/首台套等条款：已在往年按互斥条款获得支持的同一产品，不再重复计入（不得同时享受）。",
        "New materials and high-end equipment first-batch / first-set clauses: a product already supported in an earlier year under an excluding clause is no longer counted again.",
      ),
      t(
        "合计分为确定金额、最高金额和需评审/评选获得的金额；需评审或评选的金额不再计入合计，单独列出。",
        "Totals are split into fixed, up-to and to-be-won amounts; amounts that depend on a review or selection are no longer in the total but stated apart.",
      ),
    ],
  },
  {
    version: "2026.11+4c276bbb",
    date: "2026-12-05",
    changes: [
      t(
        "规则版本现在也随资格条件和计算公式变化，而不只随参数和条文变化；此前保存的评估会标记为“规则已更新”，请重新评估。",
        "The rules version now also changes when a condition or a formula changes, not only parameters and texts; evaluations saved before are flagged “rules updated” — evaluate them again.",
      ),
    ],
  },
];
