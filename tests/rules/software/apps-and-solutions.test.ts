import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { app, award, sw } from "./fixtures";

describe("software/4-c mobile-internet apps", () => {
  it("an app generating 60,000,000: at most 500,000, to be selected among at most 30 a year", () => {
    const r = clauseResult("software/4-c", sw({ mobileApps: [app()] }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("benefit exactly 50,000,000 (含): eligible", () => {
    expect(
      clauseResult("software/4-c", sw({ mobileApps: [app({ annualBenefit: 50_000_000 })] })).status,
    ).toBe("eligible");
  });

  it("benefit 49,999,999: not eligible", () => {
    expect(
      clauseResult("software/4-c", sw({ mobileApps: [app({ annualBenefit: 49_999_999 })] })).status,
    ).toBe("ineligible");
  });

  it("a game is excluded", () => {
    expect(clauseResult("software/4-c", sw({ mobileApps: [app({ isGame: true })] })).status).toBe(
      "ineligible",
    );
  });

  it("rewarded in 2022, evaluated in 2025: within 3 years (conservative reading), not eligible", () => {
    const r = clauseResult(
      "software/4-c",
      sw(
        { mobileApps: [app()] },
        { awardsReceived: [award("software/4-c", 500_000, 2022, "app-1")] },
      ),
      "2025-06-30",
    );
    expect(r.status).toBe("ineligible");
  });

  it("rewarded in 2021, evaluated in 2025: eligible again", () => {
    const r = clauseResult(
      "software/4-c",
      sw(
        { mobileApps: [app()] },
        { awardsReceived: [award("software/4-c", 500_000, 2021, "app-1")] },
      ),
      "2025-06-30",
    );
    expect(r.status).toBe("eligible");
  });

  it("another app's award does not block this one", () => {
    const r = clauseResult(
      "software/4-c",
      sw(
        { mobileApps: [app()] },
        { awardsReceived: [award("software/4-c", 500_000, 2024, "app-9")] },
      ),
    );
    expect(r.status).toBe("eligible");
  });

  it("two apps together are held to 500,000 a year (cap scope read per enterprise)", () => {
    const r = clauseResult(
      "software/4-c",
      sw({ mobileApps: [app(), app({ id: "app-2", name: "社区团购 APP" })] }),
    );
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });
});

describe("software/4-d national excellent solutions", () => {
  it("a national Industrial Internet APP excellent solution: at most 500,000", () => {
    const r = clauseResult(
      "software/4-d",
      sw({
        nationalExcellentProjects: [
          { id: "x1", name: "设备预测性维护", programme: "industrial-internet-app", year: 2024 },
        ],
      }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("two projects in one year: only one award (每个企业当年只享受一项), still 500,000", () => {
    const r = clauseResult(
      "software/4-d",
      sw({
        nationalExcellentProjects: [
          { id: "x1", name: "设备预测性维护", programme: "industrial-internet-app" },
          { id: "x2", name: "零信任安全网关", programme: "cybersecurity-pilot" },
        ],
      }),
    );
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("the programme unanswered: needs information", () => {
    expect(
      clauseResult(
        "software/4-d",
        sw({ nationalExcellentProjects: [{ id: "x1", name: "设备预测性维护" }] }),
      ).status,
    ).toBe("needs-info");
  });

  it("no such project: not eligible", () => {
    expect(clauseResult("software/4-d", sw({ nationalExcellentProjects: [] })).status).toBe(
      "ineligible",
    );
  });
});
