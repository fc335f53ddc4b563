import { describe, expect, it } from "vitest";
import { startYearOf } from "@/rules/policies";

describe("startYearOf", () => {
  it("is the year of the policy's first day in force: biomedicine 2022-11-15 → 2022", () => {
    expect(startYearOf("biomedicine")).toBe(2022);
    expect(startYearOf("high-end-equipment")).toBe(2023);
  });
});
