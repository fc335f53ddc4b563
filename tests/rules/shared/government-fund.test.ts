import { describe, expect, it } from "vitest";
import { fundBackedProject } from "@/rules/shared/government-fund";

describe("fundBackedProject", () => {
  const fundBacked = fundBackedProject("newMaterials.fundBackedMajorProject");
  it("asks the policy's own question and reads yes, no and unanswered", () => {
    expect(fundBacked(true)).toMatchObject({
      status: "met",
      facts: ["newMaterials.fundBackedMajorProject"],
    });
    expect(fundBacked(false).status).toBe("unmet");
    expect(fundBacked(undefined).status).toBe("unknown");
  });
});
