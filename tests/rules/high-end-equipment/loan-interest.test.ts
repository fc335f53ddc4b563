import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "high-end-equipment/1";

const input = (
  o: {
    loan?: Record<string, unknown>;
    project?: Record<string, unknown>;
    keyField?: string;
    loans?: Record<string, unknown>[];
  } = {},
) => ({
  highEndEquipment: { keyField: o.keyField ?? "robot" },
  projects: [
    {
      id: "P1",
      name: "智能机器人产线技改项目",
      eligibleInvestment: 30_000_000,
      isFixedAssetInvestment: true,
      ...o.project,
    },
  ],
  loans: o.loans ?? [
    {
      id: "L1",
      name: "技改项目贷款",
      projectId: "P1",
      kind: "bank-loan",
      year: 2024,
      maturityYear: 2030,
      amount: 50_000_000,
      ...o.loan,
    },
  ],
});

describe("high-end-equipment/1 loan-interest subsidy", () => {
  it("a robot maker's CNY 50,000,000 bank loan for a CNY 30,000,000 project: 1% × 50,000,000 = 500,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("a project of exactly CNY 20,000,000 eligible investment reaches the threshold (达到…以上)", () => {
    const r = clauseResult(ID, input({ project: { eligibleInvestment: 20_000_000 } }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("a project of CNY 19,999,999 falls short and shows the gap", () => {
    const r = clauseResult(ID, input({ project: { eligibleInvestment: 19_999_999 } }));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
    expect(r.nearMisses[0]?.gap).toMatchObject({ actual: 19_999_999, required: 20_000_000 });
  });

  it("loans of 1,000,000,000 reach the CNY 10,000,000 yearly cap exactly (1% × 1,000,000,000)", () => {
    const r = clauseResult(ID, input({ loan: { amount: 1_000_000_000 } }));
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("two loans of 800,000,000 and 400,000,000: 8,000,000 + 4,000,000 = 12,000,000, capped at 10,000,000 per enterprise a year", () => {
    const r = clauseResult(
      ID,
      input({
        loans: [
          {
            id: "L1",
            name: "贷款一",
            projectId: "P1",
            kind: "bank-loan",
            amount: 800_000_000,
            year: 2024,
            maturityYear: 2030,
          },
          {
            id: "L2",
            name: "贷款二",
            projectId: "P1",
            kind: "bank-loan",
            amount: 400_000_000,
            year: 2024,
            maturityYear: 2030,
          },
        ],
      }),
    );
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("an enterprise outside the key fields (other) is not eligible", () => {
    const r = clauseResult(ID, input({ keyField: "other" }));
    expect(r.status).toBe("ineligible");
  });

  it("bond financing is not counted (conservative reading: the base is the actual loan amount)", () => {
    const r = clauseResult(ID, input({ loan: { kind: "bond" } }));
    expect(r.status).toBe("ineligible");
  });

  it("a project that is not a fixed-asset investment is not eligible", () => {
    const r = clauseResult(ID, input({ project: { isFixedAssetInvestment: false } }));
    expect(r.status).toBe("ineligible");
  });

  it("a loan without its project needs information and asks which project it finances", () => {
    const r = clauseResult(ID, input({ loan: { projectId: undefined } }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("loans[].projectId");
  });

  it("on 2026-11-25 (the 2027 round, events of 2026), after the policy ended on 2025-12-31, the clause is expired but still shows 500,000", () => {
    const r = clauseResult(ID, input(), "2026-11-25");
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });
});
