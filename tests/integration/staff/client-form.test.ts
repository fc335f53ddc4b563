import { beforeAll, describe, expect, it } from "vitest";
import { withCheckChar } from "@/lib/clients/credit-code";
import { makeCentre, freshStaffDatabase } from "./support";

await freshStaffDatabase("client-form");

const { submitClient } = await import("@/app/staff/(workspace)/clients/submit-client");
const { getClient } = await import("@/lib/data/clients");

let staff: Awaited<ReturnType<typeof makeCentre>>["staff"];
beforeAll(async () => {
  ({ staff } = await makeCentre("Client form"));
});

const GOOD_CODE = withCheckChar("91330106MA2800001");
// The same code with its check character changed: a typo the checksum catches.
const BAD_CODE = GOOD_CODE.slice(0, 17) + (GOOD_CODE.endsWith("0") ? "1" : "0");
const PROFILE = {
  version: 1,
  enterprise: { industries: ["software"], roles: ["enterprise"], sme: true },
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const typed = {
  name: "  杭州输入保留科技有限公司 ",
  creditCode: BAD_CODE.toLowerCase(),
  district: "滨江区",
  contactName: "李工",
  contactPhone: "0571-8888 0000",
  notes: "第一次来访，带了营业执照复印件",
  profile: JSON.stringify(PROFILE),
};

describe("a refused client form keeps every typed value", () => {
  it("create with a mistyped credit code: the code is refused, every field comes back as typed", async () => {
    const result = await submitClient(staff, "zh", form(typed));
    expect("id" in result).toBe(false);
    if ("id" in result) return;
    expect(result.problems?.map((p) => p.path)).toEqual(["creditCode"]);
    expect(result.values).toEqual({
      name: typed.name,
      creditCode: typed.creditCode,
      district: "滨江区",
      contactName: "李工",
      contactPhone: "0571-8888 0000",
      notes: typed.notes,
      profile: PROFILE,
    });
  });

  it("create with a broken profile: refused as such, the record's fields still come back", async () => {
    const result = await submitClient(staff, "en", form({ ...typed, profile: "{not json" }));
    expect(result).toMatchObject({ error: "invalid-profile", values: { notes: typed.notes } });
  });

  it("edit with a wrong code: the typed notes and code come back, not the stored ones", async () => {
    const created = await submitClient(
      staff,
      "zh",
      form({ ...typed, creditCode: GOOD_CODE, notes: "原备注" }),
    );
    if (!("id" in created)) throw new Error(JSON.stringify(created));
    const stored = await getClient(staff, created.id);
    const edit = { ...typed, id: created.id, version: String(stored.version), notes: "改过的备注" };
    const result = await submitClient(staff, "zh", form(edit));
    if ("id" in result) throw new Error("the bad code was accepted");
    expect(result.problems?.map((p) => p.path)).toEqual(["creditCode"]);
    expect(result.values).toMatchObject({
      id: created.id,
      version: stored.version,
      creditCode: BAD_CODE.toLowerCase(),
      notes: "改过的备注",
    });
    // Nothing was saved.
    expect((await getClient(staff, created.id)).notes).toBe("原备注");
  });

  it("edit of an outdated version: refused as stale, the typed values come back", async () => {
    const created = await submitClient(
      staff,
      "zh",
      form({ ...typed, creditCode: withCheckChar("91330106MA2800002") }),
    );
    if (!("id" in created)) throw new Error(JSON.stringify(created));
    const { version } = await getClient(staff, created.id);
    const first = await submitClient(
      staff,
      "zh",
      form({
        ...typed,
        id: created.id,
        version: String(version),
        creditCode: withCheckChar("91330106MA2800002"),
        notes: "甲",
      }),
    );
    expect(first).toEqual({ id: created.id });
    const second = await submitClient(
      staff,
      "zh",
      form({
        ...typed,
        id: created.id,
        version: String(version),
        creditCode: withCheckChar("91330106MA2800002"),
        notes: "乙的修改",
      }),
    );
    expect(second).toMatchObject({ error: "stale-version", values: { notes: "乙的修改" } });
    expect((await getClient(staff, created.id)).notes).toBe("甲");
  });
});
