import { describe, expect, it } from "vitest";
import { at, atItem } from "@/lib/profile/paths";
import { eventView } from "@/lib/profile/years";
import { profile as parse } from "@/tests/helpers/profile";

// The rules read the profile as seen from an event year: 2024's figures are "current".
const profile = eventView(
  parse({
    enterprise: { aboveDesignatedSize: true },
    finance: { current: { revenue: 480_000_000 } },
    loans: [{ id: "L1", name: "贷款", kind: "bank-loan", amount: 30_000_000, projectId: "P1" }],
    projects: [{ id: "P1", name: "项目", eligibleInvestment: 50_000_000 }],
  }),
  2024,
);

describe("one typed accessor: the value and the fact it cites come from one path", () => {
  it("reads a profile field with its path: finance.current.revenue = 480,000,000", () => {
    expect(at(profile, "finance.current.revenue")).toEqual([
      480_000_000,
      ["finance.current.revenue"],
    ]);
    expect(at(profile, "enterprise.aboveDesignatedSize")).toEqual([
      true,
      ["enterprise.aboveDesignatedSize"],
    ]);
  });
  it("an unanswered section reads as undefined, still citing its path", () => {
    expect(at(profile, "finance.previous.revenue")).toEqual([
      undefined,
      ["finance.previous.revenue"],
    ]);
  });
  it("reads an item's field: loans[].amount of L1 = 30,000,000", () => {
    expect(atItem(profile.loans![0], "loans[].amount")).toEqual([30_000_000, ["loans[].amount"]]);
    expect(atItem(profile.projects![0], "projects[].eligibleInvestment")[0]).toBe(50_000_000);
  });
});
