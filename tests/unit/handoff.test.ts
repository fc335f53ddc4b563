import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportProfileText } from "@/lib/browser/profile-file";
import { readShareFragment, shareFragment, shareFragmentIn } from "@/lib/browser/share-link";
import {
  handoffProblemText,
  readHandoffFile,
  readHandoffLink,
  MAX_HANDOFF_FILE_BYTES,
} from "@/lib/clients/handoff";
import { factChangeRows } from "@/lib/evaluations/fact-change-text";
import { diffProfiles } from "@/lib/evaluations/profile-diff";

const example = JSON.parse(
  readFileSync("examples/visual-intelligence-software-sme.json", "utf8"),
) as Record<string, unknown>;

/** A deflate-raw fragment of any text (what a forger could put in a link). */
async function fragmentOf(text: string): Promise<string> {
  const out = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(out).arrayBuffer());
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return "#p=" + btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

describe("the exported self-check file", () => {
  it("as the self-check exports it (revenue 110,000,000) is read with no round", () => {
    const r = readHandoffFile(exportProfileText(example as never), "zh");
    expect(r).toMatchObject({ ok: true, source: "file" });
    expect(r.ok && r.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
    expect(r.ok && r.round).toBeUndefined();
  });

  it("wrapped as an evaluation request { profile, round: 2025 }, with a byte-order mark, keeps its round", () => {
    const r = readHandoffFile(`\uFEFF${JSON.stringify({ profile: example, round: 2025 })}`, "en");
    expect(r).toMatchObject({ ok: true, round: 2025 });
  });

  it("refuses empty, oversize (over 256,000 bytes), broken, non-object and foreign-wrapper files", () => {
    expect(readHandoffFile("  ", "zh")).toEqual({ ok: false, reason: "empty" });
    const big = JSON.stringify({ ...example, pad: "x".repeat(MAX_HANDOFF_FILE_BYTES) });
    expect(readHandoffFile(big, "zh")).toEqual({ ok: false, reason: "too-large" });
    expect(readHandoffFile("{ enterprise:", "zh")).toEqual({ ok: false, reason: "not-json" });
    expect(readHandoffFile("[]", "zh")).toEqual({ ok: false, reason: "not-profile" });
    expect(readHandoffFile('{"name":"x"}', "zh")).toEqual({ ok: false, reason: "not-profile" });
    const extra = JSON.stringify({ profile: example, round: 2025, token: "x" });
    expect(readHandoffFile(extra, "zh")).toEqual({ ok: false, reason: "not-profile" });
  });

  it("refuses an unknown key and a dangling reference, naming the problem by label, not by key", () => {
    const unknown = { ...example, enterprise: { ...(example.enterprise as object), staff: 9 } };
    const r = readHandoffFile(JSON.stringify(unknown), "zh");
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    if (r.ok || !r.problems) throw new Error("expected problems");
    expect(r.problems).toHaveLength(1);
    const dangling = { ...example, loans: [{ id: "l1", projectId: "no-such-project" }] };
    const d = readHandoffFile(JSON.stringify(dangling), "en");
    expect(d).toMatchObject({ ok: false, reason: "invalid" });
    const text = handoffProblemText({ path: "a.b", message: "必填" }, "zh");
    expect(text).toBe("自测信息：必填");
  });
});

describe("the share link", () => {
  it("is found in the whole address, the fragment or the code alone", async () => {
    const fragment = await shareFragment(example, 2025);
    expect(shareFragmentIn(`https://policy.example.org/check${fragment}`)).toBe(fragment);
    expect(shareFragmentIn(`  ${fragment}\n`)).toBe(fragment);
    expect(shareFragmentIn(fragment.slice(3))).toBe(fragment);
    expect(shareFragmentIn("https://policy.example.org/check")).toBeNull();
    expect(shareFragmentIn("#results")).toBeNull();
  });

  it("made by the self-check is read with its profile and round 2025", async () => {
    const link = `https://policy.example.org/check${await shareFragment(example, 2025)}`;
    const r = await readHandoffLink(link, "zh");
    expect(r).toMatchObject({ ok: true, source: "link", round: 2025 });
    expect(r.ok && r.profile.enterprise.district).toBe("余杭区");
  });

  it("refuses another address, a forged code, a link to something else and an invalid profile", async () => {
    expect(await readHandoffLink("", "zh")).toEqual({ ok: false, reason: "empty" });
    expect(await readHandoffLink("https://example.org/", "zh")).toEqual({
      ok: false,
      reason: "not-link",
    });
    expect(await readHandoffLink(`#p=${"A".repeat(40)}`, "zh")).toEqual({
      ok: false,
      reason: "link-broken",
    });
    expect(await readHandoffLink("#p=ab$cd", "zh")).toEqual({ ok: false, reason: "link-broken" });
    expect(await readHandoffLink(await fragmentOf("not json"), "zh")).toEqual({
      ok: false,
      reason: "link-broken",
    });
    const invalid = await shareFragment({ enterprise: { industries: "软件" } }, 2025);
    expect(await readHandoffLink(invalid, "zh")).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("that unpacks to more than the limit (a 2,000,000-byte bomb in a short link) is refused", async () => {
    const bomb = await fragmentOf(JSON.stringify({ profile: { pad: " ".repeat(2_000_000) } }));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await readShareFragment(bomb)).toBeNull();
    expect(await readShareFragment(bomb, 3_000_000)).not.toBeNull();
    expect(await readHandoffLink(bomb, "zh")).toEqual({ ok: false, reason: "link-broken" });
  });
});

describe("the difference shown before an import", () => {
  it("names each fact by its label with units, never by key: revenue 11,000 → 15,000 万元, district, registered in Hangzhou yes → no", () => {
    const after = structuredClone(example) as {
      enterprise: Record<string, unknown>;
      finance: Record<string, { revenue: number }>;
    };
    after.enterprise.district = "西湖区";
    after.enterprise.registeredInHangzhou = false;
    after.finance["2025"]!.revenue = 150_000_000;
    const rows = factChangeRows(diffProfiles(example, after), "en");
    const revenue = rows.find((r) => /revenue/i.test(r.label));
    expect(revenue).toBeDefined();
    expect(JSON.stringify(rows)).not.toMatch(/enterprise\.|finance\.|registeredInHangzhou|false/);
    const zh = factChangeRows(diffProfiles(example, after), "zh");
    expect(zh.find((r) => r.label === "2025 年营业收入")).toMatchObject({
      before: "11,000 万元",
      after: "15,000 万元",
    });
    expect(zh.find((r) => r.after === "否")).toMatchObject({ before: "是" });
    expect(zh.every((r) => !r.label.includes("其他自测信息"))).toBe(true);
  });
});
