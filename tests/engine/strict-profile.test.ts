import { describe, expect, it } from "vitest";
import { parseProfileInput } from "@/lib/evaluations/parse-profile";
import { didYouMean, editDistance } from "@/lib/profile/did-you-mean";
import { profileJsonSchema } from "@/lib/profile/json-schema";
import { loadStoredProfile } from "@/lib/profile/load";
import { parseProfile } from "@/lib/profile/parse";

type Node = Record<string, unknown>;

/** Every JSON Schema node that describes an object, with its JSON pointer. */
function objectNodes(node: unknown, at = "#"): [string, Node][] {
  if (typeof node !== "object" || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => objectNodes(n, `${at}/${i}`));
  const here: [string, Node][] = (node as Node).type === "object" ? [[at, node as Node]] : [];
  return [
    ...here,
    ...Object.entries(node as Node).flatMap(([k, v]) => objectNodes(v, `${at}/${k}`)),
  ];
}

describe("the profile is strict at every depth", () => {
  it("the JSON Schema says additionalProperties: false on every one of its object schemas (54 and more); the yearly figures take four-digit years only", () => {
    const objects = objectNodes(profileJsonSchema());
    expect(objects.length).toBeGreaterThanOrEqual(54);
    const isYearRecord = (n: Node) =>
      (n.propertyNames as { pattern?: string } | undefined)?.pattern === "^(19|20|21)\\d{2}$";
    const open = objects
      .filter(([, n]) => n.additionalProperties !== false && !isYearRecord(n))
      .map(([at]) => at);
    expect(open).toEqual([]);
    expect(objects.filter(([, n]) => isYearRecord(n)).map(([at]) => at)).toEqual([
      "#/properties/finance",
    ]);
  });

  it("edit distance: eligibleInvestmnt → eligibleInvestment is 1, a swap (nmae → name) is 1, case is ignored", () => {
    expect(editDistance("eligibleInvestmnt", "eligibleInvestment")).toBe(1);
    expect(editDistance("nmae", "name")).toBe(1);
    expect(editDistance("Revenue", "revenue")).toBe(0);
    expect(didYouMean("eligibleInvestmnt", ["totalInvestment", "eligibleInvestment"])).toBe(
      "eligibleInvestment",
    );
    // 3 edits on a short key is another word, not a slip.
    expect(didYouMean("yaer", ["id", "name"])).toBeUndefined();
  });

  it("every unknown key is one problem, in Chinese and in English", () => {
    const input = {
      enterprise: { nmae: "甲" },
      projects: [{ id: "p1", name: "产线", eligibleInvestmnt: 1 }],
      bogus: true,
    };
    for (const lang of ["zh", "en"] as const) {
      const r = parseProfile(input, lang);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems.map((p) => p.path).sort()).toEqual([
        "bogus",
        "enterprise.nmae",
        "projects.0.eligibleInvestmnt",
      ]);
    }
    const zh = parseProfile(input, "zh");
    if (!zh.ok)
      expect(zh.problems.find((p) => p.path === "enterprise.nmae")?.message).toBe(
        "“基本信息”中没有“nmae”这一项（enterprise.nmae），不予接受；是否应为“单位名称”（name）？",
      );
  });

  it("references: a loan on an unknown project and an award under an unknown clause are refused; real ones pass", () => {
    const profile = {
      enterprise: {},
      projects: [{ id: "p1", name: "产线" }],
      loans: [{ id: "l1", name: "贷款", projectId: "p9", amount: 1_000_000, year: 2024 }],
      awardsReceived: [{ id: "a1", clauseId: "software/1-z" }],
    };
    const r = parseProfileInput(profile, "en");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toEqual([
        "loans.0.projectId",
        "awardsReceived.0.clauseId",
      ]);
      expect(r.problems[1]!.message).toContain("Did you mean “software/1-a”?");
    }
    const fixed = {
      ...profile,
      loans: [{ ...profile.loans[0], projectId: "p1" }],
      awardsReceived: [{ id: "a1", clauseId: "software/1-a" }],
    };
    expect(parseProfileInput(fixed).ok).toBe(true);
  });
});

describe("a loan's year and its date drawn", () => {
  it("must agree when both are given: year 2024 with 2023-09-01 is refused, 2023 with it passes", () => {
    const profile = (year: number) => ({
      enterprise: {},
      loans: [{ id: "l1", name: "贷款", year, drawnOn: "2023-09-01" }],
    });
    const r = parseProfileInput(profile(2024));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(["loans.0.year"]);
    expect(parseProfileInput(profile(2023)).ok).toBe(true);
  });

  it("a date drawn that is not a calendar day (2023-02-30) is refused by the schema", () => {
    const r = parseProfile({
      enterprise: {},
      loans: [{ id: "l1", name: "贷款", drawnOn: "2023-02-30" }],
    });
    expect(r.ok).toBe(false);
  });
});

describe("stored profiles load leniently", () => {
  it("keys from an older version are dropped with a note, and everything else is kept", () => {
    const stored = {
      version: 1,
      enterprise: { name: "甲公司", oldField: "x" },
      finance: { current: { revenue: 150_000_000, legacyMargin: 3 } },
      projects: [{ id: "p1", name: "产线", eligibleInvestment: 200_000_000, phase: "b" }],
      retired: { a: 1 },
    };
    // Version 1 without a reporting year: its “本年度” figures go to the event year at hand.
    const loaded = loadStoredProfile(stored, 2025);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect([...loaded.dropped].sort()).toEqual([
      "enterprise.oldField",
      "finance.2025.legacyMargin",
      "projects[0].phase",
      "retired",
    ]);
    expect(loaded.profile.enterprise.name).toBe("甲公司");
    expect(loaded.profile.finance?.["2025"]?.revenue).toBe(150_000_000);
    expect(loaded.from).toBe(1);
    expect(loaded.profile.projects?.[0]?.eligibleInvestment).toBe(200_000_000);
    expect(loaded.note?.zh).toContain("projects[0].phase");
    // The stored value itself is not changed.
    expect(stored.enterprise.oldField).toBe("x");
  });

  it("a profile with nothing unknown loads without a note; a wrong type still fails", () => {
    const ok = loadStoredProfile({ enterprise: {} });
    expect(ok.ok && ok.note).toBe(undefined);
    expect(loadStoredProfile({ enterprise: { name: 5 } }).ok).toBe(false);
  });
});

describe("a draft saved in the browser by an older version", () => {
  it("loses only its unknown keys, even while other answers are still invalid", async () => {
    const { decodeState } = await import("@/lib/browser/self-check-store");
    const state = decodeState(
      JSON.stringify({
        round: 2025,
        step: "enterprise",
        profile: {
          enterprise: { name: "甲", employees: 120 },
          finance: { current: { revenue: -5 } },
        },
      }),
    );
    expect(state?.profile).toEqual({
      enterprise: { name: "甲" },
      finance: { current: { revenue: -5 } },
    });
  });
});
