import { describe, expect, it } from "vitest";
import { renderStep } from "@/lib/engine/render";
import { clauseResult } from "@/tests/helpers/profile";

/**
 * A loan's years against the clause (readings rules 11 and 12): high-end-equipment/1 is in force
 * from 2023-08-27 to 2025-12-31; 1% of the actual loan amount, at most 10,000,000 per enterprise a
 * year. The round of year N subsidises the interest of year N − 1.
 */
const ID = "high-end-equipment/1";

const withLoans = (...loans: Record<string, unknown>[]) => ({
  highEndEquipment: { keyField: "robot" },
  projects: [
    {
      id: "P1",
      name: "机器人产线",
      eligibleInvestment: 2_000_000_000,
      isFixedAssetInvestment: true,
    },
  ],
  loans: loans.map((l, i) => ({
    id: `L${i + 1}`,
    name: `贷款${i + 1}`,
    projectId: "P1",
    kind: "bank-loan",
    ...l,
  })),
});

const labels = (r: ReturnType<typeof clauseResult>, lang: "zh" | "en" = "zh") =>
  r.items.flatMap((it) =>
    it.conditions.filter((c) => c.status !== "met").map((c) => c.label[lang]),
  );

describe("the loan's years decide whether its interest is subsidised", () => {
  it("a loan of 2016 under a policy in force from 2023-08-27 is excluded, saying why (no thousands separator in years)", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000, year: 2016, maturityYear: 2030 }));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
    expect(labels(r)).toEqual(["贷款于 2016 年发放，早于政策施行（2023-08-27），不予贴息"]);
    expect(labels(r, "en")[0]).toContain("drawn in 2016");
    expect(labels(r, "en")[0]).not.toMatch(/2,016/);
  });

  it("drawn 2023-05-01 (before 2023-08-27) is excluded; drawn 2023-09-01 pays 1% × 50,000,000 = 500,000 in the 2024 round", () => {
    const before = clauseResult(
      ID,
      withLoans({ amount: 50_000_000, year: 2023, drawnOn: "2023-05-01", maturityYear: 2028 }),
      2024,
    );
    expect(before.status).toBe("ineligible");
    const after = clauseResult(
      ID,
      withLoans({ amount: 50_000_000, year: 2023, drawnOn: "2023-09-01", maturityYear: 2028 }),
      2024,
    );
    expect(after.status).toBe("eligible");
    expect(after.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("a loan of 2023 without its date counts (the event year is partly in force) and the trace says loans before 2023-08-27 are excluded", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000, year: 2023 }), 2024);
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
    const said = r.items[0]!.conditions.map((c) => c.label.zh).join("；");
    expect(said).toContain("2023-08-27 之前发放的贷款不予贴息");
  });

  it("a loan drawn in 2024 that matured in 2024, in the 2026 round (interest of 2025), is excluded", () => {
    const r = clauseResult(
      ID,
      withLoans({ amount: 50_000_000, year: 2024, maturityYear: 2024 }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(labels(r)).toEqual(["贷款已于 2024 年到期，2025 年度无贷款利息，不予贴息"]);
  });

  it("a loan drawn in 2024 with no maturity year, in the 2026 round, needs that year", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000, year: 2024 }), 2026);
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("loans[].maturityYear");
    expect(labels(r)[0]).toContain("请填写到期年份");
  });

  it("the same loan in the 2025 round (interest of 2024, the year it was drawn) needs no maturity: 1% × 50,000,000 = 500,000", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000, year: 2024 }), 2025);
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("a loan drawn in 2025 bore no interest in 2024: excluded from the 2025 round", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000, year: 2025 }), 2025);
    expect(r.status).toBe("ineligible");
    expect(labels(r)[0]).toBe("贷款于 2025 年发放，2024 年度尚无贷款利息，应在以后年度申报");
  });

  it("a loan with no year at all needs it", () => {
    const r = clauseResult(ID, withLoans({ amount: 50_000_000 }), 2025);
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(expect.arrayContaining(["loans[].year", "loans[].drawnOn"]));
  });

  it("800,000,000 of 2024 (to 2030) and 600,000,000 of 2016: only the first counts, 800,000,000 × 1% = 8,000,000 under the 10,000,000 cap", () => {
    const r = clauseResult(
      ID,
      withLoans(
        { amount: 800_000_000, year: 2024, maturityYear: 2030 },
        { amount: 600_000_000, year: 2016, maturityYear: 2030 },
      ),
      2025,
    );
    expect(r.status).toBe("eligible");
    expect(r.items.map((it) => it.status)).toEqual(["eligible", "ineligible"]);
    expect(r.amount).toEqual({ min: 0, max: 8_000_000 });
    expect(r.items[0]!.steps.map((s) => renderStep(s, "zh")).join("；")).toContain("8,000,000");
  });

  it("without the old loan both would be 8,000,000 + 6,000,000 = 14,000,000, capped at 10,000,000 in one clause", () => {
    const r = clauseResult(
      ID,
      withLoans(
        { amount: 800_000_000, year: 2024, maturityYear: 2030 },
        { amount: 600_000_000, year: 2024, maturityYear: 2030 },
      ),
      2025,
    );
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });
});
