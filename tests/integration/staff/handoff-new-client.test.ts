import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { exportProfileText } from "@/lib/browser/profile-file";
import { withCheckChar } from "@/lib/clients/credit-code";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { makeAdmin, makeCentre, freshStaffDatabase } from "./support";

await freshStaffDatabase("handoff-new-client");

const { previewImportForm } = await import("@/app/staff/(workspace)/clients/import-client");
const { submitClient } = await import("@/app/staff/(workspace)/clients/submit-client");
const clients = await import("@/lib/data/clients");
const { listAudit } = await import("@/lib/data/audit");

const example = profileSchema.parse(
  JSON.parse(readFileSync("examples/visual-intelligence-software-sme.json", "utf8")),
);

let staff: Awaited<ReturnType<typeof makeCentre>>["staff"];
let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  ({ staff } = await makeCentre("Handoff new"));
  admin = await makeAdmin();
});

let n = 0;
const code = () => withCheckChar(`91330110MA2${String(800000 + ++n)}`);

/** The enterprise's self-check: revenue 150,000,000 and 西湖区. */
function selfCheck(creditCode: string): Profile {
  const p = structuredClone(example);
  p.enterprise.district = "西湖区";
  p.enterprise.creditCode = creditCode;
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

describe("a new client saved from a self-check", () => {
  async function prefilled() {
    const creditCode = code();
    const file = fileOf(exportProfileText(selfCheck(creditCode) as never));
    const result = await previewImportForm(staff, "zh", form({ source: "file", file }));
    if (result.stage !== "prefill") throw new Error(JSON.stringify(result));
    return { creditCode, profile: result.profile };
  }

  it("without the consent ticked is refused and no client is created", async () => {
    const { creditCode, profile } = await prefilled();
    const result = await submitClient(
      staff,
      "zh",
      form({
        name: "杭州未同意科技有限公司",
        creditCode,
        district: "西湖区",
        profile: JSON.stringify(profile),
        handoffSource: "file",
      }),
    );
    expect(result).toMatchObject({ error: "consent-needed" });
    const list = await clients.listClients(staff, { q: creditCode });
    expect(list.items).toHaveLength(0);
  });

  it("with the consent: created (revenue 150,000,000, 西湖区) and audited as an import with the note", async () => {
    const { creditCode, profile } = await prefilled();
    const result = await submitClient(
      staff,
      "zh",
      form({
        name: "杭州已同意科技有限公司",
        creditCode,
        district: "西湖区",
        profile: JSON.stringify(profile),
        handoffSource: "file",
        handoffConsent: "on",
        handoffNote: "来访时书面同意",
      }),
    );
    if (!("id" in result)) throw new Error(JSON.stringify(result));
    const saved = await clients.getClient(staff, result.id);
    expect(saved.profile.finance?.["2025"]?.revenue).toBe(150_000_000);
    expect(saved.district).toBe("西湖区");
    const entries = await auditFor(result.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.summary).toContain("导出文件");
    expect(entries[0]!.detail).toMatchObject({ consent: true, consentNote: "来访时书面同意" });
  });
});
