import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importProfileText } from "@/lib/browser/profile-file";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { parseProfile } from "@/lib/profile/parse";
import { profileSchema } from "@/lib/profile/schema";
import { isVersion1, upgradeProfile } from "@/lib/profile/upgrade";
import { registry } from "@/rules";

/** The 18 examples as version 1 wrote them (tests/fixtures/profiles-v1) and as version 2 does. */
const files = readdirSync("tests/fixtures/profiles-v1").filter((f) => f.endsWith(".json"));
const v1 = (f: string) => JSON.parse(readFileSync(`tests/fixtures/profiles-v1/${f}`, "utf8"));
const v2 = (f: string) => JSON.parse(readFileSync(`examples/${f}`, "utf8"));

describe("profile version 1 → 2 (lib/profile/upgrade.ts)", () => {
  it("covers all 18 examples", () => expect(files).toHaveLength(18));

  it.each(files)("%s: upgraded, it is the committed version-2 example", (f) => {
    const old = v1(f);
    expect(isVersion1(old)).toBe(true);
    const r = upgradeProfile(old);
    expect(r.ok && r.from).toBe(1);
    if (!r.ok) return;
    expect(profileSchema.parse(r.value)).toEqual(profileSchema.parse(v2(f)));
    // “本年度” → the reporting year, 上年度 → the year before, 前年度 → the one before that.
    const year = old.enterprise.reportingYear as number;
    const finance = (r.value as { finance: Record<string, unknown> }).finance;
    expect(finance[String(year)]).toEqual(old.finance.current);
    expect(finance[String(year - 1)]).toEqual(old.finance.previous);
    expect(finance[String(year - 2)]).toEqual(old.finance.twoYearsAgo);
  });

  it.each(files)(
    "%s: a version-1 file exported from the self-check imports with the same results as version 2",
    (f) => {
      const old = v1(f);
      const round = old.enterprise.reportingYear + 1;
      const imported = importProfileText(JSON.stringify(old), "zh", round);
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      const a = evaluate(registry, profileSchema.parse(imported.profile), roundOf(round));
      const b = evaluate(registry, profileSchema.parse(v2(f)), roundOf(round));
      expect(a).toEqual(b);
      expect(a.totals.overall.max).toBeGreaterThan(0);
    },
  );

  it("a version-2 profile, or one that is both (no yearly figures, no reporting year), is left as it is", () => {
    const plain = { enterprise: { name: "甲" } };
    expect(upgradeProfile(plain)).toEqual({ ok: true, value: plain, from: 2, note: undefined });
    expect(isVersion1({ version: 2, finance: { 2025: {} } })).toBe(false);
    expect(isVersion1({ finance: { current: {} } })).toBe(true);
    expect(isVersion1({ enterprise: { reportingYear: 2025 } })).toBe(true);
  });

  it("without a reporting year the figures go to the event year at hand (2024 for the 2025 round), and the note says so", () => {
    const r = upgradeProfile(
      { version: 1, enterprise: {}, finance: { current: { revenue: 5 } } },
      2024,
    );
    expect(r.ok && r.value).toEqual({
      version: 2,
      enterprise: {},
      finance: { 2024: { revenue: 5 } },
    });
    expect(r.ok && r.note?.zh).toContain("所选申报年度的事项年度记为 2024 年");
  });

  it("the parser names what it upgraded: from version 1, with the note", () => {
    const r = parseProfile(v1(files[0]!), "en");
    expect(r.ok && r.from).toBe(1);
    expect(r.ok && r.note?.en).toMatch(/converted to version 2/);
  });
});
