import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { expectNoInternals, expectProblem, postJson, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

const evaluateBody = (body: unknown, lang = "zh") =>
  POST(postJson("/evaluate", JSON.stringify(body), { "accept-language": lang }));

/** An industrialisation project of 200,000,000 financed by a loan of 80,000,000. */
const base = () => ({
  enterprise: { industries: ["high-end-equipment"], registeredInHangzhou: true },
  projects: [
    {
      id: "p1",
      name: "智能产线",
      year: 2024,
      eligibleInvestment: 200_000_000,
      isIndustrialisation: true,
    } as Record<string, unknown>,
  ],
  loans: [
    {
      id: "l1",
      name: "技改贷款",
      projectId: "p1",
      kind: "bank-loan",
      amount: 80_000_000,
      year: 2024,
    } as Record<string, unknown>,
  ],
});

describe("POST /api/v1/evaluate refuses what the profile does not know", () => {
  it("a misspelled key in a project (eligibleInvestmnt, 1 edit from eligibleInvestment) is a 400 naming projects[0].eligibleInvestmnt and suggesting eligibleInvestment", async () => {
    const profile = base();
    delete profile.projects[0]!.eligibleInvestment;
    profile.projects[0]!.eligibleInvestmnt = 200_000_000;
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }), 400);
    const error = body.errors?.find((e) => e.path === "profile.projects.0.eligibleInvestmnt");
    expect(error).toBeDefined();
    expect(error!.message).toContain("projects[0].eligibleInvestmnt");
    expect(error!.message).toContain("eligibleInvestment");
    expect(error!.message).toMatch(/是否应为/);
    expect(error!.message).toContain("投资项目");
    expectNoInternals(JSON.stringify(body));
  });

  it("says “did you mean” in English when asked", async () => {
    const profile = base();
    profile.projects[0]!.eligibleInvestmnt = 1;
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }, "en"), 400);
    const error = body.errors?.find((e) => e.path === "profile.projects.0.eligibleInvestmnt");
    expect(error?.message).toMatch(/Did you mean .*\(eligibleInvestment\)\?/);
  });

  it("a key two levels deep (finance.2024.revnue) and one far from any known key are refused, one error each", async () => {
    const profile = {
      ...base(),
      finance: { 2024: { revnue: 5_000_000, zzzzzzzz: 1 } },
    };
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }), 400);
    const paths = body.errors!.map((e) => e.path).sort();
    expect(paths).toEqual(["profile.finance.2024.revnue", "profile.finance.2024.zzzzzzzz"]);
    const revnue = body.errors!.find((e) => e.path.endsWith("revnue"))!;
    expect(revnue.message).toContain("finance.2024.revnue");
    expect(revnue.message).toContain("revenue");
    const far = body.errors!.find((e) => e.path.endsWith("zzzzzzzz"))!;
    expect(far.message).not.toMatch(/是否应为/);
  });

  it("an unknown key inside a policy section's list (biomedicine.drugs[0].rdInvestmnet) is refused", async () => {
    const profile = {
      enterprise: { industries: ["biomedicine"] },
      biomedicine: { drugs: [{ id: "d1", name: "新药甲", rdInvestmnet: 30_000_000 }] },
    };
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }), 400);
    expect(body.errors?.[0]?.path).toBe("profile.biomedicine.drugs.0.rdInvestmnet");
    expect(body.errors?.[0]?.message).toContain("rdInvestment");
  });

  it("a loan naming a project that is not in the profile (p2 where only p1 exists) is refused, suggesting p1", async () => {
    const profile = base();
    profile.loans[0]!.projectId = "p2";
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }), 400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.path).toBe("profile.loans.0.projectId");
    expect(body.errors![0]!.message).toContain("loans[0].projectId");
    expect(body.errors![0]!.message).toContain("“p1”");
  });

  it("an award received under a clause that does not exist (biomedicine/99) is refused", async () => {
    const profile = {
      ...base(),
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/99", amount: 100_000, year: 2024 }],
    };
    const body = await expectProblem(await evaluateBody({ profile, round: 2025 }), 400);
    expect(body.errors?.map((e) => e.path)).toEqual(["profile.awardsReceived.0.clauseId"]);
    expect(body.errors![0]!.message).toContain("biomedicine/99");
  });

  it("the same profile with every key spelled right, its loan on p1 and a real clause is a 200", async () => {
    const profile = {
      ...base(),
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/4-a", amount: 100_000, year: 2024 }],
    };
    const response = await evaluateBody({ profile, round: 2025 });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.round).toEqual({ year: 2025, eventYear: 2024 });
  });
});
