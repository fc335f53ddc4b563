import { todayInHangzhou } from "@/lib/today";
import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import type { ClientUpdate } from "@/lib/clients/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { ConflictError, ForbiddenError } from "@/lib/data/errors";
import { reevaluate } from "@/lib/evaluations/reevaluate";
import { registry } from "@/rules";
import { makeCentre, freshStaffDatabase, rawRows } from "./support";

const database = await freshStaffDatabase("evaluations");

const clients = await import("@/lib/data/clients");
const evaluations = await import("@/lib/data/evaluations");

const example = profileSchema.parse(
  JSON.parse(readFileSync("examples/visual-intelligence-software-sme.json", "utf8")),
);

let west: Awaited<ReturnType<typeof makeCentre>>;
let other: Awaited<ReturnType<typeof makeCentre>>;
let clientId: string;
const creditCode = withCheckChar("91330110MA2800001");

beforeAll(async () => {
  west = await makeCentre("Eval west");
  other = await makeCentre("Eval other");
  ({ id: clientId } = await clients.createClient(west.staff, {
    name: "杭州瞳行软件有限公司",
    creditCode,
    district: "余杭区",
    profile: example,
  }));
});

describe("saving an evaluation", () => {
  it("stores the profile, the round, the day it was made, the rules version, the full result and integer totals", async () => {
    const { id } = await evaluations.saveEvaluation(west.staff, clientId, roundOn("2025-06-30"));
    const saved = await evaluations.getEvaluation(west.staff, id);
    expect([todayInHangzhou(), saved.asOf]).toContain(saved.asOf);
    expect(saved.result.round).toEqual({ year: 2025, eventYear: 2024 });
    expect(saved).toMatchObject({
      clientId,
      round: 2025,
      rulesVersion: registry.version,
      totalMin: 0,
      totalMax: 500_000,
      createdByName: west.staff.name,
    });
    expect(saved.result.clauses.length).toBeGreaterThan(0);
    expect(saved.result.totals.overall).toEqual({ min: 0, max: 500_000 });
    expect(saved.profile.enterprise.creditCode).toBe(creditCode);

    // Stored as whole numbers (SQLite integer, PostgreSQL bigint), never as floating point.
    const [row] = await rawRows<{ t: string; totalMax: bigint; r: string }>(
      database.file
        ? 'SELECT typeof("totalMax") t, "totalMax", typeof("resultJson") r FROM "Evaluation" WHERE id = ?'
        : 'SELECT pg_typeof("totalMax")::text t, "totalMax", pg_typeof("resultJson")::text r FROM "Evaluation" WHERE id = $1',
      id,
    );
    expect(row).toEqual({ t: database.file ? "integer" : "bigint", totalMax: 500_000n, r: "text" });
  });

  it("keeps a history per client, newest first", async () => {
    const before = await evaluations.listEvaluations(west.staff, clientId);
    await evaluations.saveEvaluation(west.staff, clientId, roundOn("2025-12-31"));
    const after = await evaluations.listEvaluations(west.staff, clientId);
    expect(after).toHaveLength(before.length + 1);
    // 2025-12-31 picks the 2026 round (events of 2025).
    expect(after[0]!.round).toBe(2026);
  });

  it("refuses when the client changed since the user looked (expected version)", async () => {
    const c = await clients.getClient(west.staff, clientId);
    await expect(
      evaluations.saveEvaluation(west.staff, clientId, roundOn("2025-06-30"), c.version + 1),
    ).rejects.toThrow(ConflictError);
  });

  it("is refused to another centre's staff, for saving and for reading", async () => {
    const [latest] = await evaluations.listEvaluations(west.staff, clientId);
    await expect(
      evaluations.saveEvaluation(other.staff, clientId, roundOn("2025-06-30")),
    ).rejects.toThrow(ForbiddenError);
    await expect(evaluations.getEvaluation(other.staff, latest!.id)).rejects.toThrow(
      ForbiddenError,
    );
    await expect(evaluations.listEvaluations(other.staff, clientId)).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("re-evaluating after a figure changed", () => {
  it("shows the amount that changed and the fact that changed it", async () => {
    const { id } = await evaluations.saveEvaluation(west.staff, clientId, roundOn("2025-06-30"));
    const c = await clients.getClient(west.staff, clientId);
    const profile = profileSchema.parse({
      ...c.profile,
      sciTechProjects: c.profile.sciTechProjects!.map((p) => ({
        ...p,
        fundingReceived: 4_000_000,
      })),
    });
    await clients.updateClient(west.staff, {
      id: clientId,
      version: c.version,
      name: c.name,
      creditCode: c.creditCode,
      district: (c.district ?? undefined) as ClientUpdate["district"],
      profile,
    });
    const saved = await evaluations.getEvaluation(west.staff, id);
    const now = await clients.getClient(west.staff, clientId);
    const { diff } = reevaluate(saved, now.profile, saved.result.round);
    expect(diff.totals.delta).toEqual({ min: 0, max: 500_000 });
    expect(diff.amountChanged.map((c) => c.id)).toEqual(["visual-intelligence/7-b"]);
    const reasons = diff.amountChanged[0]!.reasons;
    expect(reasons).toContainEqual({
      kind: "facts",
      changes: [
        {
          path: "sciTechProjects[].fundingReceived",
          item: "st-jianbing",
          // Shown to staff by the project's name and place in the list, never by its id.
          itemLabel: [{ name: "工业视觉缺陷检测算法“尖兵”项目", position: 1 }],
          before: 2_000_000,
          after: 4_000_000,
        },
      ],
    });
    expect(diff.rulesVersion.changed).toBe(false);
  });
});

describe("a walk-in started with a name only", () => {
  it("is saved without a credit code, cannot have an evaluation saved until the code is entered, then can", async () => {
    const { id } = await clients.createClient(west.staff, {
      name: "来访企业（未带营业执照）",
      profile: example,
    });
    const walkIn = await clients.getClient(west.staff, id);
    expect(walkIn.creditCode).toBeNull();
    await expect(
      evaluations.saveEvaluation(west.staff, id, roundOn("2025-06-30")),
    ).rejects.toMatchObject({ reason: "credit-code-needed" });
    expect(await evaluations.listEvaluations(west.staff, id)).toEqual([]);

    const code = withCheckChar("91330110MA2800002");
    await clients.updateClient(west.staff, {
      ...walkIn,
      creditCode: code,
      district: walkIn.district ?? undefined,
      contactName: undefined,
      contactPhone: undefined,
      notes: undefined,
    } as ClientUpdate);
    const saved = await evaluations.saveEvaluation(west.staff, id, roundOn("2025-06-30"));
    // The same example as above: 0 to 500,000 (visual-intelligence SME).
    expect((await evaluations.getEvaluation(west.staff, saved.id)).totalMax).toBe(500_000);
  });

  it("two walk-ins of one centre may both lack a code (the unique code per centre ignores empty codes)", async () => {
    await clients.createClient(west.staff, { name: "散客甲", profile: example });
    await expect(
      clients.createClient(west.staff, { name: "散客乙", profile: example }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });
});
