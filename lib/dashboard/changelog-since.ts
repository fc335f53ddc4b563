import type { ChangelogEntry } from "@/rules/changelog";

/**
 * The changelog entries a centre's saved evaluations have not seen: those newer than the oldest
 * version they were saved under (the changelog is newest first). With no saved version, or one
 * older than the changelog, every entry. Pure.
 */
export function changelogSince(
  changelog: readonly ChangelogEntry[],
  previousVersions: readonly string[],
): readonly ChangelogEntry[] {
  if (!previousVersions.length) return changelog;
  const positions = previousVersions.map((v) => changelog.findIndex((e) => e.version === v));
  if (positions.some((i) => i < 0)) return changelog;
  return changelog.slice(0, Math.max(...positions));
}
