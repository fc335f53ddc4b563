import { describe, expect, it } from "vitest";
import { t } from "@/lib/engine/text";
import { changelogSince } from "@/lib/dashboard/changelog-since";
import type { ChangelogEntry } from "@/rules/changelog";

const entry = (version: string): ChangelogEntry => ({
  version,
  date: "2026-12-05",
  changes: [t(`${version} 的变化`, `What ${version} changed`)],
});
// Newest first, as rules/changelog.ts keeps it.
const log = [entry("v3"), entry("v2"), entry("v1")];
const versions = (list: readonly ChangelogEntry[]) => list.map((e) => e.version);

describe("changelogSince", () => {
  it("shows the versions newer than the oldest one the evaluations were saved under", () => {
    expect(versions(changelogSince(log, ["v2"]))).toEqual(["v3"]);
    expect(versions(changelogSince(log, ["v2", "v1"]))).toEqual(["v3", "v2"]);
  });
  it("shows nothing new when every evaluation used the current version", () => {
    expect(changelogSince(log, ["v3"])).toEqual([]);
  });
  it("shows every entry when a version predates the changelog or none was saved", () => {
    expect(versions(changelogSince(log, ["v0"]))).toEqual(["v3", "v2", "v1"]);
    expect(versions(changelogSince(log, []))).toEqual(["v3", "v2", "v1"]);
  });
});
