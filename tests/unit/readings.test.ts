import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READINGS, splitReadingRefs } from "@/lib/readings";
import { ALL_CLAUSES } from "@/rules";

describe("the published reading conventions", () => {
  it("publishes every rule of docs/policies/readings.md, numbered alike, in both languages", () => {
    const doc = readFileSync("docs/policies/readings.md", "utf8");
    const numbers = [...doc.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBe(15);
    expect(READINGS.map((r) => r.n)).toEqual(numbers);
    for (const r of READINGS) {
      expect(r.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.body.en).not.toMatch(/[\u4e00-\u9fff]{3}/);
    }
  });

  it("has a published rule for every rule a clause's trace cites", () => {
    const cited = new Set<number>();
    for (const c of ALL_CLAUSES)
      for (const r of c.readings ?? [])
        for (const part of [...splitReadingRefs(r.zh), ...splitReadingRefs(r.en)])
          if (typeof part !== "string") for (const n of part.ns) cited.add(n);
    expect(cited.size).toBeGreaterThan(5);
    for (const n of cited)
      expect(
        READINGS.some((r) => r.n === n),
        `rule ${n}`,
      ).toBe(true);
  });

  it("splits the citation out of a reading in either language", () => {
    expect(splitReadingRefs("按单个企业每年计（解读约定第 8 条）")).toEqual([
      "按单个企业每年计（",
      { ns: [8], label: "解读约定第 8 条" },
      "）",
    ]);
    expect(splitReadingRefs("per year (readings rule 13)")).toEqual([
      "per year (",
      { ns: [13], label: "readings rule 13" },
      ")",
    ]);
    expect(splitReadingRefs("（解读约定第 1、8 条）")[1]).toEqual({
      ns: [1, 8],
      label: "解读约定第 1、8 条",
    });
    expect(splitReadingRefs("(readings rules 1 and 8)")[1]).toEqual({
      ns: [1, 8],
      label: "readings rules 1 and 8",
    });
  });
});
