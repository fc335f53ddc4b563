import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/1-a recommendation to the provincial major-project pool", () => {
  it("a key IC project is eligible for the (non-monetary) recommendation", () => {
    const r = clauseResult("integrated-circuits/1-a", ic({ keyProject: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("without a key project it is not eligible", () => {
    expect(clauseResult("integrated-circuits/1-a", ic({ keyProject: false })).status).toBe(
      "ineligible",
    );
  });

  it("unanswered, it asks whether there is a key project", () => {
    const r = clauseResult("integrated-circuits/1-a", {});
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["integratedCircuits.keyProject"]);
  });
});

describe("integrated-circuits/1-b factor guarantees for city major projects", () => {
  it("a city major project that passed national industry guidance is eligible", () => {
    const r = clauseResult(
      "integrated-circuits/1-b",
      ic({ cityMajorProject: true, passedNationalGuidance: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a city major project without national guidance is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/1-b",
        ic({ cityMajorProject: true, passedNationalGuidance: false }),
      ).status,
    ).toBe("ineligible");
  });

  it("guidance unanswered: needs information on exactly that fact", () => {
    const r = clauseResult("integrated-circuits/1-b", ic({ cityMajorProject: true }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["integratedCircuits.passedNationalGuidance"]);
  });
});

describe("integrated-circuits/1-c fast-track approvals", () => {
  it("a production-line project is eligible", () => {
    expect(
      clauseResult("integrated-circuits/1-c", ic({ productionLineProject: true })).status,
    ).toBe("eligible");
  });

  it("without one it is not", () => {
    expect(
      clauseResult("integrated-circuits/1-c", ic({ productionLineProject: false })).status,
    ).toBe("ineligible");
  });
});

describe("integrated-circuits/1-d technology upgrades under the new-manufacturing policy", () => {
  it("a technology-upgrade project is eligible; the amount is not stated here", () => {
    const r = clauseResult("integrated-circuits/1-d", ic({ technologyUpgradeProject: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("without one it is not", () => {
    expect(
      clauseResult("integrated-circuits/1-d", ic({ technologyUpgradeProject: false })).status,
    ).toBe("ineligible");
  });
});
