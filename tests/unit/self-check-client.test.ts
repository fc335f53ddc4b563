import { describe, expect, it } from "vitest";
import { getAt, setAt } from "@/lib/browser/json-path";
import { numberFromInput } from "@/lib/browser/number-input";
import { moneyFromInput as yuanFromInput, moneyToInput } from "@/lib/units/money-input";
import { exportProfileText, importProfileText } from "@/lib/browser/profile-file";
import { decodeState, emptyProfile, STORAGE_KEY } from "@/lib/browser/self-check-store";
import { parseProfile } from "@/lib/profile/parse";

describe("money typed in 万元 or 元 is stored as integer yuan", () => {
  it("shifts 万元 exactly, without float drift", () => {
    expect(yuanFromInput("3000", "wan")).toBe(30_000_000);
    expect(yuanFromInput("0.1", "wan")).toBe(1_000);
    expect(yuanFromInput("3000.12", "wan")).toBe(30_001_200);
    expect(yuanFromInput("1.2345", "wan")).toBe(12_345);
    expect(yuanFromInput("30,000,000", "yuan")).toBe(30_000_000);
  });

  it("keeps what is below a yuan, so the schema reports it", () => {
    expect(yuanFromInput("0.00001", "wan")).toBe(0.1);
    expect(yuanFromInput("100.5", "yuan")).toBe(100.5);
  });

  it("takes full-width digits and thousands separators", () => {
    expect(yuanFromInput("３０００", "wan")).toBe(30_000_000);
    expect(numberFromInput(" 1,234 ")).toBe(1234);
  });

  it("keeps text and negative figures for the schema to refuse; empty is unanswered", () => {
    expect(yuanFromInput("abc", "wan")).toBe("abc");
    expect(yuanFromInput("-5", "wan")).toBe(-50_000);
    expect(yuanFromInput("  ", "yuan")).toBeUndefined();
    expect(numberFromInput("12个")).toBe("12个");
  });

  it("shows stored yuan back in the chosen unit", () => {
    expect(moneyToInput(30_000_000, "wan")).toBe("3000");
    expect(moneyToInput(12_345, "wan")).toBe("1.2345");
    expect(moneyToInput(500, "wan")).toBe("0.05");
    expect(moneyToInput(30_000_000, "yuan")).toBe("30000000");
    expect(moneyToInput(undefined, "wan")).toBe("");
    expect(moneyToInput("abc", "wan")).toBe("abc");
  });

  it("round-trips every whole-yuan amount through 万元", () => {
    for (const y of [0, 1, 9, 10, 99, 10_000, 12_345_678, 10_000_000_000_000])
      expect(yuanFromInput(moneyToInput(y, "wan"), "wan")).toBe(y);
  });
});

describe("answers are set in the draft profile by path", () => {
  it("creates objects and lists on the way and shares untouched branches", () => {
    const base = { enterprise: { name: "甲" }, finance: { current: { revenue: 1 } } };
    const next = setAt(base, ["biomedicine", "drugs", 0, "rdInvestment"], 5);
    expect(getAt(next, ["biomedicine", "drugs", 0, "rdInvestment"])).toBe(5);
    expect(Array.isArray(getAt(next, ["biomedicine", "drugs"]))).toBe(true);
    expect(next.finance).toBe(base.finance);
    expect(base).not.toHaveProperty("biomedicine");
  });

  it("removes the key when an answer is withdrawn (unanswered stays undefined)", () => {
    const next = setAt({ enterprise: { sme: true } }, ["enterprise", "sme"], undefined);
    expect(next).toEqual({ enterprise: {} });
  });
});

describe("the browser copy of the self-check", () => {
  it("uses the agreed storage key", () => {
    expect(STORAGE_KEY).toBe("policy-calculator:self-check:v1");
  });

  it("reads what it wrote and ignores anything unreadable", () => {
    const state = { profile: emptyProfile(), round: 2025, step: "biomedicine" };
    expect(decodeState(JSON.stringify(state))).toEqual(state);
    expect(decodeState("{not json")).toBeNull();
    expect(decodeState(JSON.stringify({ profile: [] }))).toBeNull();
    expect(decodeState(null)).toBeNull();
    // Work saved before rounds existed kept a date: it picks its round (1 July → next year's).
    expect(decodeState(JSON.stringify({ profile: {}, asOf: "2025-07-01" }))?.round).toBe(2026);
    expect(decodeState(JSON.stringify({ profile: {}, round: 1999 }))?.round).not.toBe(1999);
  });

  it("starts from a profile the schema accepts", () => {
    expect(parseProfile(emptyProfile()).ok).toBe(true);
  });
});

describe("importing a profile file", () => {
  const good = {
    enterprise: { name: "杭州某药业", industries: ["biomedicine"] },
    biomedicine: { drugs: [{ id: "d1", name: "新药", rdInvestment: 30_000_000 }] },
  };

  it("takes an exported profile, with the schema's defaults filled in", () => {
    const r = importProfileText(exportProfileText(good), "zh");
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.profile).toMatchObject(good);
      expect(getAt(r.profile, ["enterprise", "roles"])).toEqual(["enterprise"]);
    }
  });

  it("takes an API request body { profile, asOf } or { profile, round }", () => {
    const r = importProfileText(JSON.stringify({ profile: good, asOf: "2025-06-30" }), "zh");
    expect(r.ok && r.round).toBe(2025);
    const r2 = importProfileText(JSON.stringify({ profile: good, round: 2027 }), "zh");
    expect(r2.ok && r2.round).toBe(2027);
  });

  it("refuses files that are not JSON, not a profile, or break the schema, explaining why", () => {
    expect(importProfileText("not json", "zh")).toEqual({ ok: false, reason: "not-json" });
    expect(importProfileText("[1,2]", "zh")).toEqual({ ok: false, reason: "not-profile" });
    // A version-1 file: its “本年度” figures are read as those of the chosen round's event year.
    const bad = importProfileText(
      JSON.stringify({ ...good, version: 1, finance: { current: { revenue: -1 } } }),
      "zh",
      2026,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.reason === "invalid") {
      expect(bad.problems[0]).toMatchObject({
        path: "finance.2025.revenue",
        label: "2025 年营业收入",
      });
    } else throw new Error("expected schema problems");
    expect(importProfileText("x".repeat(1_000_001), "zh")).toEqual({
      ok: false,
      reason: "too-large",
    });
  });
});
