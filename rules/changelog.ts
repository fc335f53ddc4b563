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
