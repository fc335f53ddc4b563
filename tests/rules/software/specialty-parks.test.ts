import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { as } from "./fixtures";

describe("software/9 software specialty parks", () => {
  it("the builder of a software specialty park is eligible; districts decide the support", () => {
    const r = clauseResult(
      "software/9",
      as(["park-investor"], { software: { specialtyPark: true } }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a park of another kind: not eligible", () => {
    expect(
      clauseResult("software/9", as(["park-investor"], { software: { specialtyPark: false } }))
        .status,
    ).toBe("ineligible");
  });

  it("an enterprise applicant is not the beneficiary", () => {
    expect(clauseResult("software/9", { software: { specialtyPark: true } }).forApplicant).toBe(
      false,
    );
  });
});
