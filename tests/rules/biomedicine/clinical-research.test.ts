import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { as, institution } from "./fixtures";

describe("biomedicine/8-a research wards (non-monetary)", () => {
  it("a hospital with a recognised research ward: eligible, no amount", () => {
    const r = clauseResult("biomedicine/8-a", institution({ researchWardRecognised: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.en).toBe("Non-monetary support");
  });

  it("without a recognised ward it does not apply; an enterprise applicant is not its beneficiary", () => {
    expect(
      clauseResult("biomedicine/8-a", institution({ researchWardRecognised: false })).status,
    ).toBe("ineligible");
    const r = clauseResult("biomedicine/8-a", {
      biomedicine: { medicalInstitution: { researchWardRecognised: true } },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("biomedicine/8-b GCP projects count as research projects (non-monetary)", () => {
  it("a hospital running GCP projects: eligible, no amount", () => {
    const r = clauseResult("biomedicine/8-b", institution({ gcpProjects: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without GCP projects: not eligible", () => {
    expect(clauseResult("biomedicine/8-b", institution({ gcpProjects: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("biomedicine/8-c big PI programme", () => {
  it("a tertiary public hospital that brought in a big PI: up to 15,000,000", () => {
    const r = clauseResult(
      "biomedicine/8-c",
      institution({ tertiaryPublicHospital: true, bigPiIntroduced: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 15_000_000 });
  });

  it("the cap covers the hospital once: 5,000,000 received leaves 15,000,000 − 5,000,000 = 10,000,000", () => {
    const r = clauseResult("biomedicine/8-c", {
      ...institution({ tertiaryPublicHospital: true, bigPiIntroduced: true }),
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/8-c", amount: 5_000_000, year: 2024 }],
    });
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("a hospital that is not tertiary public is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/8-c",
        institution({ tertiaryPublicHospital: false, bigPiIntroduced: true }),
      ).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/10 alliances", () => {
  const alliance = (biomedicineAlliance: boolean, runsActivities = true) =>
    as(["organization"], { biomedicine: { alliance: { biomedicineAlliance, runsActivities } } });

  it("an alliance running activities: up to 2,000,000", () => {
    const r = clauseResult("biomedicine/10", alliance(true));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("2,000,000 already received uses the cap up: 0 left", () => {
    const r = clauseResult("biomedicine/10", {
      ...alliance(true),
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/10", amount: 2_000_000, year: 2023 }],
    });
    expect(r.amount).toEqual({ min: 0, max: 0 });
  });

  it("an organisation that is not such an alliance, or runs no activities, is not eligible", () => {
    expect(clauseResult("biomedicine/10", alliance(false)).status).toBe("ineligible");
    expect(clauseResult("biomedicine/10", alliance(true, false)).status).toBe("ineligible");
  });
});

describe("biomedicine/11-a and 11-b clinical-trial services", () => {
  const trials = (leadTrialProjects?: number, participatingTrialProjects?: number) =>
    institution({ drugTrialQualified: true, leadTrialProjects, participatingTrialProjects });

  it("lead unit with exactly 5 projects reaches the first tier: up to 1,000,000", () => {
    const r = clauseResult("biomedicine/11-a", trials(5));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("lead unit: 15 projects 2,000,000, 29 still 2,000,000, 30 projects 3,000,000 (tiers are not added up)", () => {
    expect(clauseResult("biomedicine/11-a", trials(15)).amount).toEqual({ min: 0, max: 2_000_000 });
    expect(clauseResult("biomedicine/11-a", trials(29)).amount).toEqual({ min: 0, max: 2_000_000 });
    expect(clauseResult("biomedicine/11-a", trials(30)).amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("lead unit with 4 projects falls short by one, shown as a near miss", () => {
    const r = clauseResult("biomedicine/11-a", trials(4));
    expectNearMiss(r, { actual: 4, required: 5, unit: "count", comparator: ">=" });
  });

  it("participating unit: 5 projects 500,000; 15 projects 1,000,000; 30 projects 1,500,000", () => {
    expect(clauseResult("biomedicine/11-b", trials(undefined, 5)).amount).toEqual({
      min: 0,
      max: 500_000,
    });
    expect(clauseResult("biomedicine/11-b", trials(undefined, 15)).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
    expect(clauseResult("biomedicine/11-b", trials(undefined, 30)).amount).toEqual({
      min: 0,
      max: 1_500_000,
    });
  });

  it("without the drug-trial qualification neither applies", () => {
    const r = clauseResult(
      "biomedicine/11-b",
      institution({ drugTrialQualified: false, participatingTrialProjects: 40 }),
    );
    expect(r.status).toBe("ineligible");
  });

  it("5 projects as lead and 30 as participant: paid once, at the better 1,500,000 (11-b); 11-a is superseded", () => {
    const r = evaluateProfile(trials(5, 30), "2025-06-30", ["biomedicine"]);
    const lead = r.clauses.find((c) => c.id === "biomedicine/11-a")!;
    const part = r.clauses.find((c) => c.id === "biomedicine/11-b")!;
    expect(part.amount).toEqual({ min: 0, max: 1_500_000 });
    expect(lead.status).toBe("superseded");
    expect(lead.supersededBy).toBe("biomedicine/11-b");
  });
});

describe("biomedicine/11-c LDT pilots (non-monetary)", () => {
  it("an institution running an LDT pilot: eligible, no amount", () => {
    const r = clauseResult("biomedicine/11-c", institution({ ldtPilot: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no LDT pilot: not eligible", () => {
    expect(clauseResult("biomedicine/11-c", institution({ ldtPilot: false })).status).toBe(
      "ineligible",
    );
  });
});
