import { roundOf } from "@/lib/engine/round";
import { describe, expect, it } from "vitest";
import { fact } from "@/lib/engine/conditions";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { ClauseContext } from "@/lib/engine/types";
import { loans, type Loan } from "@/rules/shared/items";
import {
  LOAN_INTEREST_LABELS,
  loanInterestRules,
  projectOf,
  type LoanInterestParams,
} from "@/rules/shared/loan-interest";
import { profile } from "@/tests/helpers/profile";

const params = {
  investmentThreshold: param.yuan(wan(2000), LOAN_INTEREST_LABELS.investmentThreshold),
  rate: param.rate(percent(1), LOAN_INTEREST_LABELS.rateAtMost),
  yearlyCap: param.yuan(wan(1000), LOAN_INTEREST_LABELS.yearlyCap),
};
const keyField = fact(t("重点领域", "key field"), true, ["enterprise.aboveDesignatedSize"]);

function ctx(input: Parameters<typeof profile>[0]): ClauseContext<Loan, LoanInterestParams> {
  const p = profile(input);
  return { profile: p, item: loans.list(p)![0]!, params, round: roundOf(2025), received: () => 0 };
}

const financed = (eligibleInvestment: number, kind = "bank-loan") => ({
  loans: [
    {
      id: "L1",
      name: "贷款",
      kind,
      amount: 30_000_000,
      projectId: "P1",
      year: 2024,
      maturityYear: 2030,
    },
  ],
  projects: [{ id: "P1", name: "项目", isFixedAssetInvestment: true, eligibleInvestment }],
});

describe("the loan-interest rules three policies share", () => {
  const withFixedAsset = loanInterestRules({
    enterpriseReads: ["enterprise.aboveDesignatedSize"],
    enterprise: () => [keyField],
    fixedAssetProject: true,
  });
  const without = loanInterestRules({
    enterpriseReads: ["enterprise.aboveDesignatedSize"],
    enterprise: () => [keyField],
    fixedAssetProject: false,
  });

  it("reads the policy's own facts first, then the loan and the project", () => {
    expect(withFixedAsset.reads).toEqual([
      "enterprise.aboveDesignatedSize",
      "loans[].kind",
      "loans[].amount",
      "loans[].projectId",
      "loans[].year",
      "loans[].drawnOn",
      "loans[].maturityYear",
      "projects[].isFixedAssetInvestment",
      "projects[].eligibleInvestment",
    ]);
    expect(without.reads).not.toContain("projects[].isFixedAssetInvestment");
  });

  it("a bank loan of 30,000,000 on a project of exactly 20,000,000 pays 1% = 300,000", () => {
    const c = ctx(financed(wan(2000)));
    expect(withFixedAsset.conditions(c).map((x) => x.status)).toEqual([
      "met",
      "met",
      "met",
      "met",
      "met",
      "met",
      // The loan's years: drawn 2024, maturing 2030, bearing interest in 2024 (the 2025 round).
      "met",
    ]);
    expect(withFixedAsset.amount(c)).toMatchObject({ min: 0, max: 300_000 });
  });

  it("a project just below 20,000,000 or a bond is not subsidised", () => {
    const below = withFixedAsset.conditions(ctx(financed(wan(2000) - 1)));
    expect(below.filter((x) => x.status === "unmet").map((x) => x.label.zh)).toEqual([
      "项目实际投资总额（不含土地、厂房、旧设备等）",
    ]);
    const bond = without.conditions(ctx(financed(wan(2000), "bond")));
    expect(bond.map((x) => x.status)).toEqual(["met", "unmet", "met", "met", "met", "met"]);
  });

  it("finds the project a loan finances, if listed", () => {
    const p = profile(financed(wan(2000)));
    expect(projectOf(p, p.loans![0]!)?.id).toBe("P1");
    expect(projectOf(p, { ...p.loans![0]!, projectId: "P9" })).toBeUndefined();
    expect(projectOf(p, { ...p.loans![0]!, projectId: undefined })).toBeUndefined();
  });
});
