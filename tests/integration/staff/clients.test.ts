// Longer than 300 lines on purpose: every operation on client records, sharing the seeded centres and staff.
import { roundOf } from "@/lib/engine/round";
import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ClientInput } from "@/lib/clients/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { withCheckChar } from "@/lib/clients/credit-code";
import { percent } from "@/lib/engine/money";
import { profileSchema } from "@/lib/profile/schema";
import { makeAdmin, makeCentre, freshStaffDatabase } from "./support";

await freshStaffDatabase("clients");

const data = await import("@/lib/data/clients");
const { reevaluateNotOnCurrentRules, saveEvaluation } = await import("@/lib/data/evaluations");
const { db } = await import("@/lib/data/db");
const { POLICY_RULES, registry } = await import("@/rules");
const { rulesVersionOf } = await import("@/rules/version");
const { listAudit } = await import("@/lib/data/audit");

const example = profileSchema.parse(
  JSON.parse(readFileSync("examples/visual-intelligence-software-sme.json", "utf8")),
);

let n = 0;
function input(over: Partial<ClientInput> = {}): ClientInput {
  n++;
  return {
    name: `杭州测试企业${n}有限公司`,
    creditCode: withCheckChar(`91330106MA2${String(100000 + n)}`),
    district: "西湖区",
    contactName: "王经理",
    profile: example,
    ...over,
  };
}

type Ctx = Awaited<ReturnType<typeof makeCentre>>;
let west: Ctx;
let bin: Ctx;
let admin: Awaited<ReturnType<typeof makeAdmin>>;

beforeAll(async () => {
  west = await makeCentre("West");
  bin = await makeCentre("Binjiang");
  admin = await makeAdmin();
});

describe("clients of a centre", () => {
  it("are created with the profile carrying the client's name, code and district", async () => {
    const fields = input({ name: "杭州瞳行软件有限公司", district: "余杭区" });
    const { id } = await data.createClient(west.staff, fields);
    const detail = await data.getClient(west.staff, id);
    expect(detail).toMatchObject({
      name: "杭州瞳行软件有限公司",
      creditCode: fields.creditCode,
      district: "余杭区",
      version: 1,
      centreId: west.centreId,
    });
    expect(detail.profile.enterprise).toMatchObject({
      name: "杭州瞳行软件有限公司",
      creditCode: fields.creditCode,
      district: "余杭区",
    });
    expect(detail.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
  });

  it("saved by an older version with keys this one no longer knows, still open with everything else (revenue 110,000,000 kept)", async () => {
    const { id } = await data.createClient(west.staff, input());
    const client = await db();
    const row = await client.client.findUniqueOrThrow({ where: { id } });
    const stored = JSON.parse(row.profileJson);
    stored.enterprise.employees = 120;
    stored.finance["2025"].legacyMargin = 3;
    await client.client.update({ where: { id }, data: { profileJson: JSON.stringify(stored) } });
    const detail = await data.getClient(west.staff, id);
    expect(detail.profile.finance?.["2025"]?.revenue).toBe(110_000_000);
    expect(detail.profile.enterprise).not.toHaveProperty("employees");
    expect(detail.profile.finance?.["2025"]).not.toHaveProperty("legacyMargin");
  });

  it("refuse a second client with the same credit code in the centre", async () => {
    const fields = input();
    await data.createClient(west.staff, fields);
    await expect(
      data.createClient(west.staff, { ...input(), creditCode: fields.creditCode }),
    ).rejects.toThrow(ConflictError);
  });

  it("are found by name, credit code and district, a page at a time", async () => {
    const { staff } = await makeCentre("Search");
    for (let i = 0; i < 25; i++)
      await data.createClient(
        staff,
        input({
          name: i === 7 ? "钱塘新材料股份有限公司" : `杭州测试企业${n}有限公司`,
          district: i < 5 ? "钱塘区" : "西湖区",
        }),
      );
    const first = await data.listClients(staff, { page: 1, pageSize: 10 });
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(first.items).toHaveLength(10);
    const third = await data.listClients(staff, { page: 3, pageSize: 10 });
    expect(third.items).toHaveLength(5);
    const ids = new Set([...first.items, ...third.items].map((c) => c.id));
    expect(ids.size).toBe(15);

    expect((await data.listClients(staff, { q: "钱塘新材料" })).items.map((c) => c.name)).toEqual([
      "钱塘新材料股份有限公司",
    ]);
    const code = first.items[3]!.creditCode!;
    const byCode = await data.listClients(staff, { q: code.slice(9).toLowerCase() });
    expect(byCode.items.map((c) => c.creditCode)).toEqual([code]);
    expect((await data.listClients(staff, { district: "钱塘区" })).total).toBe(5);
    expect((await data.listClients(staff, { q: "钱塘区" })).total).toBe(5);
  });

  it("are found by a Latin name in any case, on SQLite and on PostgreSQL alike", async () => {
    const { staff } = await makeCentre("Latin");
    await data.createClient(staff, input({ name: "Hangzhou ACME Robotics Co., Ltd." }));
    await data.createClient(staff, input({ name: "杭州其他企业有限公司" }));
    for (const q of ["acme robotics", "ACME ROBOTICS", "Acme"])
      expect((await data.listClients(staff, { q })).items.map((c) => c.name)).toEqual([
        "Hangzhou ACME Robotics Co., Ltd.",
      ]);
  });

  it("are soft-deleted and restored, and keep their data", async () => {
    const { id } = await data.createClient(west.staff, input({ name: "待删除企业" }));
    await data.deleteClient(west.staff, id);
    expect((await data.listClients(west.staff, { q: "待删除" })).total).toBe(0);
    expect((await data.listClients(west.staff, { q: "待删除", deleted: true })).total).toBe(1);
    expect((await data.getClient(west.staff, id)).deletedAt).not.toBeNull();
    await data.restoreClient(west.staff, id);
    const back = await data.getClient(west.staff, id);
    expect(back.deletedAt).toBeNull();
    expect(back.name).toBe("待删除企业");
    expect((await data.listClients(west.staff, { q: "待删除" })).total).toBe(1);
  });
});

describe("another centre's staff", () => {
  it("do not see the client in lists and are refused every read and change", async () => {
    const { id } = await data.createClient(west.staff, input({ name: "西湖独有企业" }));
    expect((await data.listClients(bin.staff, { q: "西湖独有" })).total).toBe(0);
    const detail = await data.getClient(west.staff, id);
    await expect(data.getClient(bin.staff, id)).rejects.toThrow(ForbiddenError);
    await expect(
      data.updateClient(bin.staff, { ...input(), id, version: detail.version }),
    ).rejects.toThrow(ForbiddenError);
    await expect(data.deleteClient(bin.staff, id)).rejects.toThrow(ForbiddenError);
    await expect(data.restoreClient(bin.staff, id)).rejects.toThrow(ForbiddenError);
    await expect(data.getClient(bin.staff, "no-such-id")).rejects.toThrow(NotFoundError);
    expect((await data.getClient(west.staff, id)).name).toBe("西湖独有企业");
  });

  it("cannot create clients in a centre not their own; admins choose any centre", async () => {
    await expect(
      data.createClient(bin.staff, { ...input(), centreId: west.centreId }),
    ).rejects.toThrow(ForbiddenError);
    const { id } = await data.createClient(admin, {
      ...input({ name: "管理员代建企业" }),
      centreId: bin.centreId,
    });
    expect((await data.getClient(bin.staff, id)).name).toBe("管理员代建企业");
    expect((await data.listClients(admin, { q: "西湖独有" })).total).toBe(1);
  });
});

describe("two people editing the same client", () => {
  it("the second save is refused instead of overwriting the first", async () => {
    const { id } = await data.createClient(west.staff, input({ name: "并发编辑企业" }));
    const alice = await data.getClient(west.staff, id);
    const bob = await data.getClient(west.staff, id);
    expect(alice.version).toBe(bob.version);

    const fields = { ...input({ name: "并发编辑企业" }), creditCode: alice.creditCode };
    const aliceProfile = profileSchema.parse({
      ...alice.profile,
      finance: { 2025: { revenue: 200_000_000 } },
    });
    await data.updateClient(west.staff, {
      ...fields,
      id,
      version: alice.version,
      profile: aliceProfile,
      notes: "Alice",
    });

    const bobProfile = profileSchema.parse({
      ...bob.profile,
      finance: { 2025: { revenue: 1 } },
    });
    const refused = data.updateClient(west.staff, {
      ...fields,
      id,
      version: bob.version,
      profile: bobProfile,
      notes: "Bob",
    });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toMatchObject({ reason: "stale-version" });

    const saved = await data.getClient(west.staff, id);
    expect(saved.version).toBe(alice.version + 1);
    expect(saved.notes).toBe("Alice");
    expect(saved.profile.finance?.["2025"]?.revenue).toBe(200_000_000);
  });

  it("a deleted client cannot be edited", async () => {
    const { id } = await data.createClient(west.staff, input());
    const c = await data.getClient(west.staff, id);
    await data.deleteClient(west.staff, id);
    await expect(
      data.updateClient(west.staff, {
        ...input(),
        creditCode: c.creditCode,
        id,
        version: c.version,
      }),
    ).rejects.toMatchObject({ reason: "wrong-state" });
  });
});

describe("the audit log", () => {
  it("records who created, changed, deleted and restored which client", async () => {
    const { id } = await data.createClient(west.staff, input({ name: "审计企业" }));
    const c = await data.getClient(west.staff, id);
    await data.updateClient(west.staff, {
      ...input({ name: "审计企业（改名）" }),
      creditCode: c.creditCode,
      id,
      version: c.version,
    });
    await data.deleteClient(west.staff, id);
    await data.restoreClient(west.staff, id);
    const log = await listAudit(admin, { entityId: id });
    expect(log.rows.map((r) => r.action).reverse()).toEqual([
      "create",
      "update",
      "delete",
      "restore",
    ]);
    expect(log.rows.every((r) => r.actorEmail === west.staff.email)).toBe(true);
    const update = log.rows.find((r) => r.action === "update")!;
    expect(update.detail).toMatchObject({ fields: expect.arrayContaining(["name"]) });
    await expect(listAudit(west.staff, {})).rejects.toThrow(ForbiddenError);
  });
});

describe("whether a client's latest evaluation still stands", () => {
  const row = async (staff: Ctx["staff"], id: string, query = {}) =>
    (await data.listClients(staff, { pageSize: 100, ...query })).items.find((c) => c.id === id);

  it("never evaluated → current → profile changed → current again → rules changed", async () => {
    const { staff } = await makeCentre("Stale");
    const { id } = await data.createClient(staff, input());
    expect((await row(staff, id))!.reevaluate).toBe("never");
    expect(await row(staff, id, { notOnCurrentRules: true })).toBeDefined();

    await saveEvaluation(staff, id, roundOn("2025-06-30"));
    expect((await row(staff, id))!.reevaluate).toBeNull();
    expect(await row(staff, id, { notOnCurrentRules: true })).toBeUndefined();

    // A contact edit is not a profile change; a new revenue figure is.
    const c = await data.getClient(staff, id);
    await data.updateClient(staff, {
      ...input(),
      name: c.name,
      creditCode: c.creditCode,
      profile: c.profile,
      contactName: "李经理",
      id,
      version: c.version,
    });
    expect((await row(staff, id))!.reevaluate).toBeNull();
    const c2 = await data.getClient(staff, id);
    const profile = {
      ...c2.profile,
      finance: {
        ...c2.profile.finance,
        2025: { ...c2.profile.finance?.["2025"], revenue: 123_456_789 },
      },
    };
    await data.updateClient(staff, {
      ...input(),
      name: c2.name,
      creditCode: c2.creditCode,
      profile,
      id,
      version: c2.version,
    });
    expect((await row(staff, id))!.reevaluate).toBe("profile");

    await saveEvaluation(staff, id, roundOn("2025-06-30"));
    expect((await row(staff, id))!.reevaluate).toBeNull();

    // The rules change: the saved evaluation names an older version.
    const client = await db();
    await client.evaluation.updateMany({
      where: { clientId: id },
      data: { rulesVersion: "2025.1+00000000" },
    });
    expect(registry.version).not.toBe("2025.1+00000000");
    expect((await row(staff, id))!.reevaluate).toBe("rules");
    expect(await row(staff, id, { notOnCurrentRules: true })).toBeDefined();
  });
});

describe("a change of one rate", () => {
  it("gives a new rules version, and the client list then flags the clients evaluated before", async () => {
    const { staff } = await makeCentre("Rate change");
    const { id } = await data.createClient(staff, input());
    await saveEvaluation(staff, id, roundOf(2025));
    const row = async (query = {}) =>
      (await data.listClients(staff, { pageSize: 100, ...query })).items.find((c) => c.id === id);
    expect((await row())!.reevaluate).toBeNull();

    // biomedicine/12-a pays 30% of the actual investment; the new rules pay 31%.
    const changed = POLICY_RULES.map((p) => ({
      ...p,
      clauses: p.clauses.map((c) =>
        c.id === "biomedicine/12-a" ? { ...c, params: { ...c.params, rate: percent(31) } } : c,
      ),
    }));
    const before = registry.version;
    const mutable = registry as { version: string };
    mutable.version = rulesVersionOf(changed);
    try {
      expect(registry.version).not.toBe(before);
      expect((await row())!.reevaluate).toBe("rules");
      expect(await row({ notOnCurrentRules: true })).toBeDefined();
      await saveEvaluation(staff, id, roundOf(2025));
      expect((await row())!.reevaluate).toBeNull();
    } finally {
      mutable.version = before;
    }
  });
});

describe("evaluating at once the clients not yet evaluated under the current rules", () => {
  it("evaluates the never-evaluated and the older-rules ones of the centre only, then none", async () => {
    const { staff } = await makeCentre("Bulk");
    const { staff: neighbour } = await makeCentre("Bulk neighbour");
    const never = await data.createClient(staff, input());
    const current = await data.createClient(staff, input());
    const older = await data.createClient(staff, input());
    const theirs = await data.createClient(neighbour, input());
    await saveEvaluation(staff, current.id, roundOn("2025-06-30"));
    await saveEvaluation(staff, older.id, roundOn("2025-06-30"));
    const client = await db();
    await client.evaluation.updateMany({
      where: { clientId: older.id },
      data: { rulesVersion: "2025.1+00000000" },
    });

    expect(await reevaluateNotOnCurrentRules(staff, roundOn("2025-06-30"))).toEqual({
      evaluated: 2,
      remaining: 0,
    });
    const counts = async (id: string) => client.evaluation.count({ where: { clientId: id } });
    expect([await counts(never.id), await counts(current.id), await counts(older.id)]).toEqual([
      1, 1, 2,
    ]);
    expect(await counts(theirs.id)).toBe(0);
    expect(await reevaluateNotOnCurrentRules(staff, roundOn("2025-06-30"))).toEqual({
      evaluated: 0,
      remaining: 0,
    });
  });
});
