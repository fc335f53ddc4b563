import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { registry } from "@/rules";
import { withCap } from "@/tests/helpers/with-cap";
import { PASSWORD, freshStaffDatabase, makeCentre, rawRows } from "./support";

await freshStaffDatabase("dashboard");

const accounts = await import("@/lib/data/accounts");
const clients = await import("@/lib/data/clients");
const evaluations = await import("@/lib/data/evaluations");
const { worklist } = await import("@/lib/data/worklist");
const { rulesImpact, reevaluateAffected } = await import("@/lib/data/impact");
const { reminders } = await import("@/lib/data/reminders");

const load = (name: string) =>
  profileSchema.parse(JSON.parse(readFileSync(`examples/${name}.json`, "utf8")));
const nev = load("high-end-equipment-nev-maker");
/**
 * The NEV maker's figures moved on a year (its 2022–2024 become 2023–2025), with the industrial
 * value added of 2025 given: the round 2026 claims the events of 2025 (2024's: 3,000,000,000 yuan).
 */
const nevWithValueAdded = (valueAdded: number): Profile => ({
  ...nev,
  finance: {
    2023: nev.finance!["2022"]!,
    2024: nev.finance!["2023"]!,
    2025: { ...nev.finance!["2024"]!, valueAdded },
  },
});

// high-end-equipment/2-a: 不高于新增工业增加值 5%，不超过 1000 万元.
// A: (3,300,000,000 − 3,000,000,000) × 5% = 15,000,000 → capped at 10,000,000; total 23,000,000.
// B: (3,100,000,000 − 3,000,000,000) × 5% =  5,000,000 (under the cap);          total 18,000,000.
// C: the visual-intelligence SME of the examples: 7-b up to 500,000, two to-win clauses.
const A = nevWithValueAdded(3_300_000_000);
const B = nevWithValueAdded(3_100_000_000);
const C = load("visual-intelligence-software-sme");
// Saved in the 2026 round (events of 2025), the round the worklist of TODAY shows.
const SAVED_ON = "2025-07-01";
/** high-end-equipment (with new-materials and green-energy) ends 2025-12-31: 46 days later. */
const TODAY = "2025-11-15";
const CLAUSE = "high-end-equipment/2-a";

let west: Awaited<ReturnType<typeof makeCentre>>;
let east: Awaited<ReturnType<typeof makeCentre>>;
let westColleague: Awaited<ReturnType<typeof accounts.createStaff>>;
const ids: Record<string, string> = {};

async function addClient(
  actor: typeof west.staff,
  key: string,
  name: string,
  district: string,
  profile: Profile,
) {
  const { id } = await clients.createClient(actor, {
    name,
    creditCode: withCheckChar(
      `91330100MA2D${String(Object.keys(ids).length + 1).padStart(5, "0")}`,
    ),
    district: district as Profile["enterprise"]["district"],
    profile,
  });
  ids[key] = id;
  await evaluations.saveEvaluation(actor, id, roundOn(SAVED_ON));
}

beforeAll(async () => {
  west = await makeCentre("Dashboard west");
  east = await makeCentre("Dashboard east");
  westColleague = await accounts.createStaff(null, {
    email: "colleague@example.org",
    name: "West colleague",
    role: "staff",
    centreId: west.centreId,
    password: PASSWORD,
  });
  const colleague = { ...westColleague, role: "staff" as const };
  await addClient(west.staff, "A", "甲新能源汽车有限公司", "钱塘区", A);
  await addClient(west.staff, "B", "乙新能源汽车有限公司", "滨江区", B);
  await addClient(colleague, "C", "丙视觉软件有限公司", "余杭区", C);
  await addClient(east.staff, "D", "丁新能源汽车有限公司", "钱塘区", A);
});

describe("the rules-change impact", () => {
  it("shows nothing while every evaluation used the rules in force", async () => {
    const impact = await rulesImpact(west.staff);
    expect(impact.counts).toEqual({ gained: 0, lost: 0, unchanged: 0 });
    expect(impact.rows).toEqual([]);
  });

  it("a cap raised to 2,000 万元 gains A 500 万元 (15,000,000 − 10,000,000); B and C unchanged", async () => {
    const raised = withCap(registry, CLAUSE, 20_000_000);
    expect(raised.version).not.toBe(registry.version);
    const impact = await rulesImpact(west.staff, {}, { rules: raised });
    expect(impact.counts).toEqual({ gained: 1, lost: 0, unchanged: 2 });
    expect(impact.previousVersions).toEqual([registry.version]);
    // 23,000,000 + 18,000,000 + 500,000 before; A's 5,000,000 more after.
    expect(impact.totals).toEqual({
      before: { min: 0, max: 41_500_000 },
      after: { min: 0, max: 46_500_000 },
      delta: { min: 0, max: 5_000_000 },
    });
    const [first, ...rest] = impact.rows;
    expect(first).toMatchObject({
      clientId: ids.A,
      kind: "gained",
      before: { min: 0, max: 23_000_000 },
      after: { min: 0, max: 28_000_000 },
      delta: { min: 0, max: 5_000_000 },
    });
    expect(first!.diff.amountChanged.map((c) => [c.id, c.delta])).toEqual([
      [CLAUSE, { min: 0, max: 5_000_000 }],
    ]);
    expect(first!.diff.amountChanged[0]!.reasons.map((r) => r.kind)).toContain("rules-version");
    expect(first!.diff.gained).toEqual([]);
    expect(first!.diff.lost).toEqual([]);
    expect(rest.map((r) => [r.clientId, r.kind])).toEqual(
      expect.arrayContaining([
        [ids.B, "unchanged"],
        [ids.C, "unchanged"],
      ]),
    );
    expect(rest.every((r) => r.diff.amountChanged.length === 0)).toBe(true);

    const gainedOnly = await rulesImpact(west.staff, { kind: "gained" }, { rules: raised });
    expect(gainedOnly.rows.map((r) => r.clientId)).toEqual([ids.A]);
  });

  it("a cap lowered to 500 万元 loses A 500 万元; B (5,000,000) is unchanged", async () => {
    const lowered = withCap(registry, CLAUSE, 5_000_000);
    const impact = await rulesImpact(west.staff, {}, { rules: lowered });
    expect(impact.counts).toEqual({ gained: 0, lost: 1, unchanged: 2 });
    expect(impact.rows[0]).toMatchObject({ clientId: ids.A, delta: { min: 0, max: -5_000_000 } });
  });

  it("the neighbouring centre sees only its own client, and another centre's filter is ignored", async () => {
    const raised = withCap(registry, CLAUSE, 20_000_000);
    const impact = await rulesImpact(east.staff, { centreId: west.centreId }, { rules: raised });
    expect(impact.counts).toEqual({ gained: 1, lost: 0, unchanged: 0 });
    expect(impact.rows.map((r) => r.clientId)).toEqual([ids.D]);
  });

  it("re-evaluates the affected clients in pages, resumably, with an audit entry per page", async () => {
    const raised = withCap(registry, CLAUSE, 20_000_000);
    const first = await reevaluateAffected(
      west.staff,
      { today: TODAY, limit: 2 },
      { rules: raised },
    );
    expect(first).toEqual({ evaluated: 2, remaining: 1 });
    const second = await reevaluateAffected(
      west.staff,
      { today: TODAY, limit: 2 },
      { rules: raised },
    );
    expect(second).toEqual({ evaluated: 1, remaining: 0 });
    const after = await rulesImpact(west.staff, {}, { rules: raised });
    expect(after.counts).toEqual({ gained: 0, lost: 0, unchanged: 0 });
    const saved = await evaluations.listEvaluations(west.staff, ids.A!);
    expect(saved[0]).toMatchObject({
      rulesVersion: raised.version,
      // 2025-11-15 is after 1 July: the 2026 round (events of 2025).
      round: 2026,
      totalMax: 28_000_000,
    });
    const runs = await rawRows<{ n: number | bigint }>(
      `SELECT COUNT(*) AS n FROM "AuditLog" WHERE "action" = 'run' AND "entity" = 'evaluation' AND "centreId" = '${west.centreId}'`,
    );
    expect(Number(runs[0]!.n)).toBe(2);
    // East's client was not touched.
    const eastImpact = await rulesImpact(east.staff, {}, { rules: raised });
    expect(eastImpact.counts.gained).toBe(1);
  });
});

describe("the round worklist", () => {
  const options = { today: TODAY };

  it("writes each client's entry when its profile is saved: the first read that day recomputes nothing", async () => {
    // The entries were written by createClient under today's basis; none were read before.
    const first = await worklist(west.staff);
    expect(first.refreshed).toBe(0);
    const underToday = await worklist(west.staff, {}, options);
    expect(underToday.refreshed).toBe(3);
  });

  it("lists the centre's clients by amount at stake, with the clauses and the missing facts", async () => {
    const list = await worklist(west.staff, {}, options);
    expect(list.rows.map((r) => [r.name, r.atStake])).toEqual([
      ["甲新能源汽车有限公司", 23_000_000],
      ["乙新能源汽车有限公司", 18_000_000],
      ["丙视觉软件有限公司", 500_000],
    ]);
    expect(list.totals).toEqual({ fixed: 0, upTo: 41_500_000, toWin: 0 });
    const a = list.rows[0]!;
    expect(a.summary.clauses[0]).toMatchObject({
      id: CLAUSE,
      certainty: "up-to",
      amount: { min: 0, max: 10_000_000 },
    });
    expect(a.ending).toEqual(["high-end-equipment"]);
    // 首台（套）: two open clauses stating up to 8,000,000 yuan between them.
    expect(a.summary.missing[0]).toEqual({
      path: "highEndEquipment.firstSetProducts",
      clauses: 2,
      ceiling: 8_000_000,
    });
    expect(list.staff.map((s) => s.name).sort()).toEqual([
      "Dashboard west staff",
      "West colleague",
    ]);
  });

  it("is computed once per profile version: a second read recomputes nothing, an edit one client", async () => {
    expect((await worklist(west.staff, {}, options)).refreshed).toBe(0);
    const c = await clients.getClient(west.staff, ids.C!);
    await clients.updateClient(west.staff, {
      id: c.id,
      version: c.version,
      name: c.name,
      creditCode: c.creditCode,
      district: "西湖区",
      profile: c.profile,
    });
    const list = await worklist(west.staff, {}, options);
    expect(list.refreshed).toBe(1);
    expect(list.rows.find((r) => r.clientId === ids.C)?.district).toBe("西湖区");
    // A new edition of the rules makes every entry stale.
    const raised = withCap(registry, CLAUSE, 20_000_000);
    const underRaised = await worklist(west.staff, {}, { ...options, rules: raised });
    expect(underRaised.refreshed).toBe(3);
    expect(underRaised.rows[0]!.atStake).toBe(28_000_000);
  });

  it("respects every filter", async () => {
    const names = async (q: Parameters<typeof worklist>[1]) =>
      (await worklist(west.staff, q, options)).rows.map((r) => r.name);
    expect(await names({ policy: "visual-intelligence" })).toEqual(["丙视觉软件有限公司"]);
    const hee = await worklist(west.staff, { policy: "high-end-equipment" }, options);
    expect(hee.rows.map((r) => r.atStake)).toEqual([23_000_000, 18_000_000]);
    expect(await names({ policy: "biomedicine" })).toEqual([]);
    expect(await names({ district: "滨江区" })).toEqual(["乙新能源汽车有限公司"]);
    expect(await names({ staffId: westColleague.id })).toEqual(["丙视觉软件有限公司"]);
    expect(await names({ status: "to-win" })).toEqual(["丙视觉软件有限公司"]);
    expect(await names({ status: "fixed" })).toEqual([]);
    expect(await names({ status: "ending" })).toEqual([
      "甲新能源汽车有限公司",
      "乙新能源汽车有限公司",
    ]);
    expect(await names({ status: "needs-info" })).toHaveLength(3);
    const paged = await worklist(west.staff, { pageSize: 2, page: 2 }, options);
    expect([paged.total, paged.rows.map((r) => r.name)]).toEqual([3, ["丙视觉软件有限公司"]]);
  });

  it("keeps each centre to its own clients; an admin may see any", async () => {
    expect((await worklist(east.staff, {}, options)).rows.map((r) => r.clientId)).toEqual([ids.D]);
    const admin = await accounts.createStaff(null, {
      email: "dash-admin@example.org",
      name: "Admin",
      role: "admin",
      centreId: null,
      password: PASSWORD,
    });
    const asAdmin = { ...admin, role: "admin" as const };
    expect((await worklist(asAdmin, {}, options)).total).toBe(4);
    expect((await worklist(asAdmin, { centreId: east.centreId }, options)).total).toBe(1);
  });
});

describe("reminders", () => {
  it("name the ending policy with its clients, and needs-info clients above the threshold", async () => {
    const r = await reminders(west.staff, {}, { today: TODAY });
    expect(r.claimable.count).toBe(3);
    expect(r.ending).toEqual([
      {
        policy: "high-end-equipment",
        lastDay: "2025-12-31",
        days: 46,
        count: 2,
        clients: [
          expect.objectContaining({ name: "甲新能源汽车有限公司", amount: 23_000_000 }),
          expect.objectContaining({ name: "乙新能源汽车有限公司", amount: 18_000_000 }),
        ],
      },
    ]);
    // A and B: 10,000,000 yuan of stated ceilings wait for facts; C's open clauses state none.
    expect(r.needsInfo.clients.map((c) => [c.name, c.ceiling])).toEqual([
      ["甲新能源汽车有限公司", 10_000_000],
      ["乙新能源汽车有限公司", 10_000_000],
    ]);
    expect(r.notOnCurrentRules.count).toBe(0);
  });
});
