import { describe, expect, it } from "vitest";
import { parseDraft } from "@/lib/browser/parse-draft";

const draft = {
  version: 2,
  enterprise: { name: "杭州示例生物医药有限公司", industries: ["biomedicine"] },
  finance: { "2025": { revenue: 500_000_000 } },
};

describe("parseDraft: one parse per draft object, shared by the wizard and the live results", () => {
  it("gives the same result object for the same draft, language and event year", () => {
    const first = parseDraft(draft, "zh", 2025);
    expect(first.ok).toBe(true);
    expect(parseDraft(draft, "zh", 2025)).toBe(first);
  });

  it("parses again for another language, another event year or an edited draft", () => {
    const zh = parseDraft(draft, "zh", 2025);
    expect(parseDraft(draft, "en", 2025)).not.toBe(zh);
    expect(parseDraft(draft, "zh", 2026)).not.toBe(zh);
    const edited = { ...draft, finance: { "2025": { revenue: -1 } } };
    const parsed = parseDraft(edited, "zh", 2025);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(["finance.2025.revenue"]);
  });

  it("parses a value that is not an object without caching it", () => {
    expect(parseDraft(null, "zh", 2025).ok).toBe(false);
  });
});
