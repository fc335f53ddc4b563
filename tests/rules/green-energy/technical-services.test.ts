import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "green-energy/2.3";

describe("green-energy/2.3 information service and testing centres (platform beneficiary)", () => {
  it("a testing centre applying as a platform is eligible; the amount is not stated", () => {
    const r = clauseResult(ID, {
      enterprise: { roles: ["platform"] },
      greenEnergy: { infoOrTestingCentre: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("a platform that is not such a centre is not eligible", () => {
    expect(
      clauseResult(ID, {
        enterprise: { roles: ["platform"] },
        greenEnergy: { infoOrTestingCentre: false },
      }).status,
    ).toBe("ineligible");
  });

  it("an ordinary enterprise profile does not collect it", () => {
    expect(clauseResult(ID, { greenEnergy: { infoOrTestingCentre: true } }).forApplicant).toBe(
      false,
    );
  });
});
