import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf, stepLabels } from "@/tests/helpers/years";
import { as, drug, institution } from "./fixtures";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year and 2024 the year before.
 */
describe("biomedicine/13 city-retained contribution growth, by calendar year", () => {
  const contribution = (finance: Record<number, { cityRetainedContribution: number }>) =>
    as(["district-government"], { finance } as never, { aboveDesignatedSize: true });
  const GREW = "2025 年市级留成贡献较 2024 年有新增";

  it("8,000,000 in 2025 after 5,000,000 in 2024: 8,000,000 − 5,000,000 = 3,000,000 in full to the district", () => {
    const r = clauseResult(
      "biomedicine/13",
      {
        version: 2,
        ...contribution({
          2025: { cityRetainedContribution: 8_000_000 },
          2024: { cityRetainedContribution: 5_000_000 },
        }),
      },
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 3_000_000, max: 3_000_000 });
    expect(statusOf(r, GREW)).toBe("met");
    expect(conditionLabelsEn(r)).toContain("the city-retained contribution grew 2024 → 2025");
    expect(stepLabels(r).slice(0, 2)).toEqual(["2025 年市级留成贡献", "2024 年市级留成贡献"]);
  });

  it("5,000,000 in 2025 after 5,000,000 in 2024: no new contribution, ineligible", () => {
    const r = clauseResult(
      "biomedicine/13",
      {
        version: 2,
        ...contribution({
          2025: { cityRetainedContribution: 5_000_000 },
          2024: { cityRetainedContribution: 5_000_000 },
        }),
      },
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, GREW)).toBe("unmet");
  });

  it("the same figures in the 2025 round (events of 2024): 2025's contribution is not read, 2023's is missing, needs information", () => {
    const r = clauseResult(
      "biomedicine/13",
      {
        version: 2,
        ...contribution({
          2025: { cityRetainedContribution: 8_000_000 },
          2024: { cityRetainedContribution: 5_000_000 },
        }),
      },
      2025,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2024 年市级留成贡献较 2023 年有新增")).toBe("unknown");
    expect(r.questions).toContain("finance.previous.cityRetainedContribution");
  });
});

describe("biomedicine/15-b new product sales, by calendar year", () => {
  it("certified 2023, sales 35,000,000 in 2025 after 10,000,000 in 2024: 25,000,000 new makes 2 full steps of 10,000,000 = 1,000,000", () => {
    const r = clauseResult(
      "biomedicine/15-b",
      {
        biomedicine: {
          drugs: [
            drug({
              clinicalPhase: undefined,
              registrationCertificate: true,
              certificateYear: 2023,
              localProduction: true,
              salesCurrent: 35_000_000,
              salesPrevious: 10_000_000,
            }),
          ],
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
    expect(statusOf(r, "2025 年销售额较 2024 年新增达到 1000 万元")).toBe("met");
    expect(stepLabels(r).slice(0, 2)).toEqual(["2025 年销售额", "2024 年销售额"]);
  });
});

describe("biomedicine/16-a MAH commissioning, by calendar year", () => {
  it("contracts 100,000,000 in 2025 after 40,000,000 in 2024: 5% × 60,000,000 = 3,000,000", () => {
    const r = clauseResult(
      "biomedicine/16-a",
      {
        biomedicine: {
          mahCommissioning: {
            commissionsHangzhouManufacturer: true,
            salesTaxSettledInHangzhou: true,
            noInvestmentRelation: true,
            contractValueCurrent: 100_000_000,
            contractValuePrevious: 40_000_000,
          },
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 3_000_000, max: 3_000_000 });
    expect(statusOf(r, "2025 年实际交易合同金额较 2024 年有新增")).toBe("met");
    expect(stepLabels(r).slice(0, 2)).toEqual([
      "2025 年实际交易合同金额",
      "2024 年实际交易合同金额",
    ]);
  });
});

describe("biomedicine/11-a clinical-trial services, by calendar year", () => {
  it("lead unit for 15 projects in 2025: the 15-project tier, up to 2,000,000", () => {
    const r = clauseResult(
      "biomedicine/11-a",
      institution({ drugTrialQualified: true, leadTrialProjects: 15 }),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(statusOf(r, "2025 年作为牵头单位为本市企业提供临床试验服务项目达到 5 项")).toBe("met");
  });
});

describe("biomedicine/23-b fund investment paid in, by calendar year", () => {
  it("100,000,000 paid in during 2025, 20,000,000 of it agreed return investment: 2% × 80,000,000 = 1,600,000", () => {
    const r = clauseResult(
      "biomedicine/23-b",
      as(["fund-manager"], {
        biomedicine: {
          fundManager: {
            marketOperatedFund: true,
            paidInInvestment: 100_000_000,
            agreedReturnInvestment: 20_000_000,
          },
        },
      }),
      2026,
    );
    expect(r.amount).toEqual({ min: 1_600_000, max: 1_600_000 });
    expect(statusOf(r, "2025 年对本市生物医药企业到账投资（不含约定返投）")).toBe("met");
    expect(stepLabels(r)[0]).toBe("2025 年合计到账投资");
  });
});
