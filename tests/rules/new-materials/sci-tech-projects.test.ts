import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";

describe("new-materials/2-a national and provincial major S&T projects", () => {
  const ID = "new-materials/2-a";
  const project = (o: Record<string, unknown> = {}) => ({
    id: "K1",
    name: "高纯电子气体国产化",
    level: "national",
    isMajor: true,
    fundingReceived: 8_000_000,
    ...o,
  });
  const input = (field = "advanced-semiconductor", ...projects: Record<string, unknown>[]) => ({
    newMaterials: { field },
    sciTechProjects: projects.length ? projects : [project()],
  });

  it("8,000,000 received: 25% × 8,000,000 = 2,000,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("20,000,000 received reaches the 5,000,000 cap exactly; 30,000,000 is capped there too", () => {
    expect(
      clauseResult(ID, input(undefined, project({ fundingReceived: 20_000_000 }))).amount,
    ).toEqual({ min: 0, max: 5_000_000 });
    expect(
      clauseResult(ID, input(undefined, project({ fundingReceived: 30_000_000 }))).amount,
    ).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two provincial projects of 12,000,000 each: 3,000,000 + 3,000,000, capped at 5,000,000 per enterprise a year", () => {
    const r = clauseResult(
      ID,
      input(
        undefined,
        project({ level: "provincial", fundingReceived: 12_000_000 }),
        project({ id: "K2", name: "稀土永磁", level: "provincial", fundingReceived: 12_000_000 }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a project that is not a major S&T innovation project is not eligible", () => {
    expect(clauseResult(ID, input(undefined, project({ isMajor: false }))).status).toBe(
      "ineligible",
    );
  });

  it("an enterprise that is not a new-material enterprise is not eligible", () => {
    expect(clauseResult(ID, input("not-new-material")).status).toBe("ineligible");
  });
});

describe("new-materials/2-b competitive city-level major projects", () => {
  const ID = "new-materials/2-b";

  it("a new-material enterprise with a competitive city project: up to 3,000,000, after review", () => {
    const r = clauseResult(ID, {
      newMaterials: { field: "biomaterial", competitiveCityProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult(ID, { newMaterials: { field: "biomaterial", competitiveCityProject: false } })
        .status,
    ).toBe("ineligible");
  });

  it("an enterprise outside new materials is not eligible", () => {
    expect(
      clauseResult(ID, {
        newMaterials: { field: "not-new-material", competitiveCityProject: true },
      }).status,
    ).toBe("ineligible");
  });
});

describe("new-materials/2-c open-competition (揭榜挂帅) projects", () => {
  const ID = "new-materials/2-c";

  it("a new-material enterprise commissioned through open competition: up to 10,000,000", () => {
    const r = clauseResult(ID, {
      newMaterials: { field: "micro-nano", openCompetitionProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult(ID, { newMaterials: { field: "micro-nano", openCompetitionProject: false } })
        .status,
    ).toBe("ineligible");
  });
});

describe("new-materials 2-b and 2-c on one profile", () => {
  it("both a competitive city project and an open-competition one: paid once, at the better 10,000,000 (2-c); 2-b is superseded", () => {
    const r = evaluateProfile(
      {
        enterprise: { industries: ["new-materials"] },
        newMaterials: {
          field: "micro-nano",
          competitiveCityProject: true,
          openCompetitionProject: true,
        },
      },
      "2025-06-30",
      ["new-materials"],
    );
    const city = r.clauses.find((c) => c.id === "new-materials/2-b")!;
    const open = r.clauses.find((c) => c.id === "new-materials/2-c")!;
    expect(open).toMatchObject({ status: "eligible", amount: { min: 0, max: 10_000_000 } });
    expect(city).toMatchObject({ status: "superseded", supersededBy: "new-materials/2-c" });
    expect(city.readings.map((x) => x.zh).join()).toContain("只按较高的一项估算");
  });
});
