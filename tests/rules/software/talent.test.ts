import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { sw } from "./fixtures";

describe("software/10-a major talent programmes", () => {
  it("selected talent is eligible; support follows each programme", () => {
    const r = clauseResult("software/10-a", sw({ talentSelected: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no selected talent: not eligible", () => {
    expect(clauseResult("software/10-a", sw({ talentSelected: false })).status).toBe("ineligible");
  });
});

describe("software/10-b talent-recognition quotas", () => {
  it("a little giant is eligible", () => {
    expect(
      clauseResult("software/10-b", sw({}, { honours: [{ id: "h1", kind: "little-giant" }] }))
        .status,
    ).toBe("eligible");
  });

  it("a Kunpeng enterprise is eligible without honours", () => {
    expect(clauseResult("software/10-b", sw({ kunpengEnterprise: true })).status).toBe("eligible");
  });

  it("of the prescribed size only: eligible", () => {
    expect(
      clauseResult(
        "software/10-b",
        sw({ talentQuotaScaleReached: true, kunpengEnterprise: false }, { honours: [] }),
      ).status,
    ).toBe("eligible");
  });

  it("none of the four: not eligible", () => {
    expect(
      clauseResult(
        "software/10-b",
        sw(
          { kunpengEnterprise: false, talentQuotaScaleReached: false },
          { honours: [{ id: "h1", kind: "high-tech" }] },
        ),
      ).status,
    ).toBe("ineligible");
  });
});

describe("software/10-c fast-track title evaluation", () => {
  it("recruited bottleneck-solving talent is eligible (non-monetary)", () => {
    expect(clauseResult("software/10-c", sw({ keyCoreTechTalent: true })).status).toBe("eligible");
  });

  it("without such talent: not eligible", () => {
    expect(clauseResult("software/10-c", sw({ keyCoreTechTalent: false })).status).toBe(
      "ineligible",
    );
  });
});
