import { roundOn } from "@/lib/rounds";
import { describe, expect, it } from "vitest";
import { Calc } from "@/lib/engine/calc";
import { defineClause } from "@/lib/engine/define";
import { evaluate, type Registry } from "@/lib/engine/evaluate";
import { percent } from "@/lib/engine/money";
import { t } from "@/lib/engine/text";
import type { Profile, ProfileInput } from "@/lib/profile/schema";
import { OVERLAP } from "@/rules/shared/overlap-groups";
import { visualIntelligence } from "@/rules/visual-intelligence";
import { testPolicy } from "@/tests/engine/fixtures";
import { clauseResult, profile } from "@/tests/helpers/profile";

type SciTech = NonNullable<ProfileInput["sciTechProjects"]>[number];

const project = (over: Partial<SciTech> = {}): SciTech => ({
  id: "st1",
  name: "高性能视觉芯片研发",
  level: "national",
  industries: ["visual-intelligence"],
  matchingRatioPrescribed: false,
  fundingReceived: 10_000_000,
  ...over,
});

const withProjects = (...sciTechProjects: SciTech[]) => ({
  enterprise: { registeredInHangzhou: true, fields: ["visual-intelligence", "new-materials"] },
  sciTechProjects,
});

describe("visual-intelligence/s3.8 key-technology challenges (unspecified, city major S&T programme)", () => {
  it("an enterprise working on a vision-chip challenge is eligible to be listed; amount not stated", () => {
    const r = clauseResult("visual-intelligence/s3.8", {
      visualIntelligence: { keyTechChallenge: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("no key-technology work: not eligible", () => {
    const r = clauseResult("visual-intelligence/s3.8", {
      visualIntelligence: { keyTechChallenge: false },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("visual-intelligence/7-a matching at the ratio the higher level prescribes", () => {
  it("ratio 50%, funds received 4,000,000: up to 50% × 4,000,000 = 2,000,000", () => {
    const r = clauseResult(
      "visual-intelligence/7-a",
      withProjects(
        project({
          matchingRatioPrescribed: true,
          prescribedMatchingRatio: 50,
          fundingReceived: 4_000_000,
        }),
      ),
    );
    expect(r.status).toBe("eligible");
    expect(r.kind).toBe("formula");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(r.readings[0]?.zh).toMatch(/上级规定的地方配套比例 × 实际到位/);
  });

  it("ratio 33.3%, funds 4,000,000: 1,332,000 — no 5,000,000 cap applies to a prescribed ratio", () => {
    const r = clauseResult(
      "visual-intelligence/7-a",
      withProjects(
        project({
          matchingRatioPrescribed: true,
          prescribedMatchingRatio: 33.3,
          fundingReceived: 4_000_000,
        }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 1_332_000 });
  });

  it("ratio 100% of 30,000,000: 30,000,000 (the 25% / 5,000,000 rule is only for projects without a prescribed ratio)", () => {
    const r = clauseResult(
      "visual-intelligence/7-a",
      withProjects(
        project({
          matchingRatioPrescribed: true,
          prescribedMatchingRatio: 100,
          fundingReceived: 30_000_000,
        }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 30_000_000 });
  });

  it("a project without a prescribed ratio is not eligible here (it goes to 7-b)", () => {
    const r = clauseResult("visual-intelligence/7-a", withProjects(project()));
    expect(r.status).toBe("ineligible");
  });

  it("a prescribed ratio whose figure is missing is asked for", () => {
    const r = clauseResult(
      "visual-intelligence/7-a",
      withProjects(project({ matchingRatioPrescribed: true })),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["sciTechProjects[].prescribedMatchingRatio"]);
  });
});

describe("visual-intelligence/7-b 25% of national/provincial funds, up to 5,000,000, where no ratio is prescribed", () => {
  it("funds 10,000,000: 25% × 10,000,000 = 2,500,000", () => {
    const r = clauseResult("visual-intelligence/7-b", withProjects(project()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_500_000 });
  });

  it("funds 20,000,000: 25% = 5,000,000, the cap reached exactly", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(project({ fundingReceived: 20_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("funds 30,000,000: 7,500,000 capped at 5,000,000", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(project({ fundingReceived: 30_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two provincial projects of 12,000,000: 3,000,000 + 3,000,000 held to 5,000,000 per enterprise and year", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(
        project({ level: "provincial", fundingReceived: 12_000_000 }),
        project({
          id: "st2",
          name: "“领雁”项目",
          level: "provincial",
          fundingReceived: 12_000_000,
        }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("an enterprise not registered in Hangzhou is not eligible", () => {
    const r = clauseResult("visual-intelligence/7-b", {
      enterprise: { registeredInHangzhou: false },
      sciTechProjects: [project()],
    });
    expect(r.status).toBe("ineligible");
  });

  it("a project with a prescribed ratio is not eligible here (it goes to 7-a)", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(project({ matchingRatioPrescribed: true, prescribedMatchingRatio: 50 })),
    );
    expect(r.status).toBe("ineligible");
  });

  it("a biomedicine project is not a visual-intelligence project and is not listed", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(project({ industries: ["biomedicine"] })),
    );
    expect(r.items).toHaveLength(0);
    expect(r.status).toBe("ineligible");
  });

  it("a project whose field is unanswered is asked about", () => {
    const r = clauseResult(
      "visual-intelligence/7-b",
      withProjects(project({ industries: undefined })),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["sciTechProjects[].industries"]);
  });
});

describe("the same S&T project matched under another policy is paid once (OVERLAP.sciTechMatching, key = project id)", () => {
  type S = NonNullable<Profile["sciTechProjects"]>[number];
  /** Another policy's matching of the same project, e.g. new-materials' 25% of funds received, uncapped here. */
  const otherMatching = defineClause<S>({
    id: "new-materials/test-matching",
    policy: "new-materials",
    article: "（测试）",
    page: 1,
    heading: "测试",
    leadDepartment: "市经信局",
    beneficiary: "enterprise",
    kind: "formula",
    requiresReview: false,
    text: "测试",
    summary: t("测试", "test"),
    params: {},
    reads: ["sciTechProjects[].fundingReceived"],
    items: {
      list: (p) => p.sciTechProjects,
      key: (x) => x.id,
      label: (x) => x.name,
      path: "sciTechProjects",
      noun: t("项目", "project"),
    },
    exclusiveGroup: OVERLAP.sciTechMatching,
    conditions: () => [],
    amount: ({ item }) =>
      Calc.base(t("到账", "received"), item.fundingReceived!).rate(percent(30)).upTo(),
  });
  const registry: Registry = {
    version: "test",
    policies: [
      visualIntelligence,
      { policy: testPolicy("new-materials", "2023-01-01", "2026-12-31"), clauses: [otherMatching] },
    ],
  };

  it("30% elsewhere beats 7-b's 25% on the same project: 7-b is superseded and the project is paid once (3,000,000)", () => {
    const result = evaluate(registry, profile(withProjects(project())), roundOn("2025-06-30"));
    const vi = result.clauses.find((c) => c.id === "visual-intelligence/7-b")!;
    expect(vi.status).toBe("superseded");
    expect(vi.supersededBy).toBe("new-materials/test-matching");
    expect(result.totals.overall).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a prescribed 50% under 7-a beats 30% elsewhere: the other clause is superseded (5,000,000 paid once)", () => {
    const result = evaluate(
      registry,
      profile(
        withProjects(project({ matchingRatioPrescribed: true, prescribedMatchingRatio: 50 })),
      ),
      roundOn("2025-06-30"),
    );
    expect(result.clauses.find((c) => c.id === "visual-intelligence/7-a")!.amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
    expect(result.clauses.find((c) => c.id === "new-materials/test-matching")!.status).toBe(
      "superseded",
    );
    expect(result.totals.overall).toEqual({ min: 0, max: 5_000_000 });
  });
});

describe("visual-intelligence/8 chain leaders' key-technology R&D (unspecified)", () => {
  it("a chain leader with 50,000,000 of R&D on a technology project is eligible; threshold and amount not stated", () => {
    const r = clauseResult("visual-intelligence/8", {
      visualIntelligence: { chainLeader: true, keyTechRdInvestment: 50_000_000 },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no R&D investment in the year: not eligible", () => {
    const r = clauseResult("visual-intelligence/8", {
      visualIntelligence: { chainLeader: true, keyTechRdInvestment: 0 },
    });
    expect(r.status).toBe("ineligible");
  });

  it("not a chain leader: not eligible", () => {
    const r = clauseResult("visual-intelligence/8", {
      visualIntelligence: { chainLeader: false, keyTechRdInvestment: 50_000_000 },
    });
    expect(r.status).toBe("ineligible");
  });
});
