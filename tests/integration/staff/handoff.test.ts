import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { exportProfileText } from "@/lib/browser/profile-file";
import { shareFragment } from "@/lib/browser/share-link";
import { withCheckChar } from "@/lib/clients/credit-code";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { diffProfiles } from "@/lib/evaluations/profile-diff";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { makeAdmin, makeCentre, freshStaffDatabase } from "./support";

await freshStaffDatabase("handoff");

const { previewImportForm, applyImportForm } =
  await import("@/app/staff/(workspace)/clients/import-client");
const clients = await import("@/lib/data/clients");
const { saveEvaluation, getEvaluation } = await import("@/lib/data/evaluations");
const { listAudit } = await import("@/lib/data/audit");
const { registry } = await import("@/rules");

const example = profileSchema.parse(
  JSON.parse(readFileSync("examples/visual-intelligence-software-sme.json", "utf8")),
);

let staff: Awaited<ReturnType<typeof makeCentre>>["staff"];
let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  ({ staff } = await makeCentre("Handoff"));
  admin = await makeAdmin();
});

let n = 0;
const code = () => withCheckChar(`91330110MA2${String(700000 + ++n)}`);

/** A client made from the example: 余杭区, revenue 110,000,000. */
async function client(creditCode: string | null = code()) {
  const { id } = await clients.createClient(staff, {
    name: `杭州交接测试企业${++n}有限公司`,
    creditCode,
    district: "余杭区",
    contactName: "王经理",
    profile: example,
  });
  return id;
}

/** The enterprise's self-check: revenue 150,000,000 (was 110,000,000) and 西湖区 (was 余杭区). */
function selfCheck(creditCode?: string): Profile {
  const p = structuredClone(example);
  p.enterprise.district = "西湖区";
  if (creditCode) p.enterprise.creditCode = creditCode;
  p.finance!["2025"]!.revenue = 150_000_000;
  return p;
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const fileOf = (text: string) => new File([text], "policy-self-check-2025.json");

async function auditFor(id: string) {
  return (await listAudit(admin, { entityId: id, action: "import" })).rows;
}

describe("a self-check imported into an existing client", () => {
  it("from the exported file: the preview lists 2 changes by label with units (revenue 11,000 → 15,000 万元, district), applying changes exactly those and writes one audit entry with the consent note", async () => {
    const creditCode = code();
    const id = await client(creditCode);
    const before = await clients.getClient(staff, id);
    const file = fileOf(exportProfileText(selfCheck(creditCode) as never));
    const preview = await previewImportForm(staff, "zh", form({ id, source: "file", file }));
    expect(preview.stage).toBe("preview");
    if (preview.stage !== "preview") return;
    expect(preview.version).toBe(1);
    expect(preview.rows).toEqual([
      { label: "所在区、县（市）", before: "余杭区", after: "西湖区" },
      { label: expect.stringContaining("营业收入"), before: "11,000 万元", after: "15,000 万元" },
    ]);
    expect(JSON.stringify(preview.rows)).not.toMatch(/enterprise\.|finance\.|revenue/);

    const result = await applyImportForm(
      staff,
      "zh",
      form({
        id,
        version: "1",
        source: preview.source,
        payload: preview.payload,
        consent: "on",
        note: "企业财务负责人当面同意，2025-06-30",
      }),
    );
    expect(result).toEqual({ id, changed: 2 });
    const after = await clients.getClient(staff, id);
    expect(after.version).toBe(2);
    expect(after.district).toBe("西湖区");
    expect(after.name).toBe(before.name);
    expect(after.contactName).toBe("王经理");
    const applied = diffProfiles(before.profile, after.profile);
    expect(applied.map((c) => [c.path, c.before, c.after])).toEqual([
      ["enterprise.district", "余杭区", "西湖区"],
      ["finance.2025.revenue", 110_000_000, 150_000_000],
    ]);

    const entries = await auditFor(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.summary).toContain("导出文件");
    expect(entries[0]!.summary).toContain("2 项变更");
    expect(entries[0]!.summary).toContain("企业财务负责人当面同意，2025-06-30");
    expect(entries[0]!.detail).toMatchObject({
      source: "file",
      changedFacts: 2,
      consent: true,
      consentNote: "企业财务负责人当面同意，2025-06-30",
      version: 2,
    });
  });

  it("without the consent ticked is refused: version 1 and the profile stay, no audit entry", async () => {
    const id = await client();
    const payload = exportProfileText(selfCheck() as never);
    const result = await applyImportForm(
      staff,
      "zh",
      form({ id, version: "1", source: "file", payload, note: "口头同意" }),
    );
    expect(result).toEqual({ stage: "error", error: "consent-needed" });
    const after = await clients.getClient(staff, id);
    expect(after.version).toBe(1);
    expect(after.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it("previewed at version 1 but saved by someone else since (version 2): stale, the other edit stays", async () => {
    const id = await client();
    const row = await clients.getClient(staff, id);
    const { updateClient } = await import("@/lib/data/clients");
    await updateClient(staff, {
      id,
      version: 1,
      name: row.name,
      creditCode: row.creditCode,
      district: "余杭区",
      notes: "同事刚改过",
      profile: row.profile,
    });
    const payload = exportProfileText(selfCheck() as never);
    const result = await applyImportForm(
      staff,
      "zh",
      form({ id, version: "1", source: "file", payload, consent: "on" }),
    );
    expect(result).toEqual({ stage: "error", error: "stale-version" });
    const after = await clients.getClient(staff, id);
    expect(after.version).toBe(2);
    expect(after.notes).toBe("同事刚改过");
    expect(after.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it("refuses broken JSON, an unknown key, a forged or foreign link, an oversize file and another enterprise's code; nothing changes", async () => {
    const creditCode = code();
    const id = await client(creditCode);
    const unknownKey = { ...selfCheck(), enterprise: { ...selfCheck().enterprise, staffCount: 9 } };
    const forged = `https://example.org/check#p=${"A".repeat(40)}`;
    const notProfile = `/check${await shareFragment({ hello: "world" }, 2025)}`;
    const badProfile = await shareFragment({ enterprise: { industries: "软件" } }, 2025);
    const cases: [Record<string, string | Blob>, string][] = [
      [{ source: "file", file: fileOf("{ not json") }, "not-json"],
      [{ source: "file", file: fileOf("[1, 2]") }, "not-profile"],
      [{ source: "file", file: fileOf(JSON.stringify(unknownKey)) }, "invalid"],
      [{ source: "file", file: fileOf(" ".repeat(300_000) + "{}") }, "too-large"],
      [{ source: "file", file: fileOf("") }, "empty"],
      [{ source: "link", link: forged }, "link-broken"],
      [{ source: "link", link: "https://example.org/check?p=abc" }, "not-link"],
      [{ source: "link", link: notProfile }, "link-broken"],
      [{ source: "link", link: badProfile }, "invalid"],
      [{ source: "other", link: "x" }, "empty"],
      [
        { source: "file", file: fileOf(exportProfileText(selfCheck(code()) as never)) },
        "other-enterprise",
      ],
    ];
    for (const [fields, reason] of cases) {
      const preview = await previewImportForm(staff, "en", form({ id, ...fields }));
      expect(preview, reason).toMatchObject({ stage: "error", error: reason });
      const applied = await applyImportForm(
        staff,
        "en",
        form({ id, version: "1", consent: "on", ...fields }),
      );
      expect(applied, reason).toMatchObject({ stage: "error", error: reason });
    }
    const unknown = await previewImportForm(
      staff,
      "zh",
      form({ id, source: "file", file: fileOf(JSON.stringify(unknownKey)) }),
    );
    expect(unknown.stage === "error" && unknown.problems?.length).toBe(1);
    const after = await clients.getClient(staff, id);
    expect(after.version).toBe(1);
    expect(after.creditCode).toBe(creditCode);
    expect(after.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
    expect(await auditFor(id)).toHaveLength(0);
  });
});

describe("a client of another centre", () => {
  it("can be neither previewed nor imported into by staff of another centre; nothing changes", async () => {
    const id = await client();
    const { staff: other } = await makeCentre("Handoff other");
    const payload = exportProfileText(selfCheck() as never);
    const preview = await previewImportForm(other, "zh", form({ id, source: "file", payload }));
    expect(preview).toEqual({ stage: "error", error: "forbidden" });
    const applied = await applyImportForm(
      other,
      "zh",
      form({ id, version: "1", source: "file", payload, consent: "on" }),
    );
    expect(applied).toEqual({ stage: "error", error: "forbidden" });
    expect((await clients.getClient(staff, id)).version).toBe(1);
    expect(await auditFor(id)).toHaveLength(0);
  });
});

describe("the imported client's evaluation", () => {
  it("from a share link into a walk-in client (no code): the saved evaluation for 2025 has the self-check's totals and clause amounts", async () => {
    const id = await client(null);
    const creditCode = code();
    const exported = selfCheck(creditCode);
    const link = `https://policy.example.org/check${await shareFragment(exported, 2025)}`;
    const preview = await previewImportForm(staff, "zh", form({ id, source: "link", link }));
    if (preview.stage !== "preview") throw new Error(JSON.stringify(preview));
    expect(preview.rows.map((r) => r.label)).toContain("统一社会信用代码");
    const applied = await applyImportForm(
      staff,
      "zh",
      form({ id, version: "1", source: "link", payload: preview.payload, consent: "on" }),
    );
    expect(applied).toMatchObject({ id });
    expect((await auditFor(id))[0]!.summary).toContain("分享链接");

    const round = roundOf(2025);
    const { id: evaluationId } = await saveEvaluation(staff, id, round);
    const saved = await getEvaluation(staff, evaluationId);
    const direct = evaluate(registry, profileSchema.parse(exported), round);
    expect(saved.result.totals).toEqual(direct.totals);
    expect(saved.result.totals.overall.max).toBeGreaterThan(0);
    const amounts = (r: typeof direct) => r.clauses.map((c) => [c.id, c.status, c.amount]);
    expect(amounts(saved.result)).toEqual(amounts(direct));
  });
});

describe("a self-check for a new client", () => {
  it("prefills the form from the link: the profile with its name, code and district, and the round 2025", async () => {
    const creditCode = code();
    const link = await shareFragment(selfCheck(creditCode), 2025);
    const result = await previewImportForm(staff, "zh", form({ source: "link", link }));
    expect(result).toMatchObject({
      stage: "prefill",
      source: "link",
      round: 2025,
      profile: {
        enterprise: { name: example.enterprise.name, creditCode, district: "西湖区" },
        finance: { 2025: { revenue: 150_000_000 } },
      },
    });
  });
});
