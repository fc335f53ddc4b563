import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";

type Model = NonNullable<NonNullable<ProfileInput["artificialIntelligence"]>["models"]>[number];

const general = (over: Partial<Model> = {}): Model => ({
  id: "m1",
  name: "西湖通用大模型",
  kind: "general",
  parametersYi: 1300,
  evaluatedDomesticLeading: true,
  isLeadDeveloper: true,
  trainingCost: 30_000_000,
  ...over,
});

const specialised = (over: Partial<Model> = {}): Model => ({
  id: "s1",
  name: "工业质检专用模型",
  kind: "specialised",
  deployedInHangzhou: true,
  isLeadDeveloper: true,
  rdCost: 10_000_000,
  ...over,
});

const models = (...list: Model[]) => ({ artificialIntelligence: { models: list } });

describe("artificial-intelligence/2-a general large models: training-cost subsidy up to 50,000,000", () => {
  it("training cost 30,000,000: up to the training cost itself, 30,000,000 (under the 50,000,000 cap)", () => {
    const r = clauseResult("artificial-intelligence/2-a", models(general()));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 30_000_000 });
  });

  it("training cost 80,000,000 is capped at 50,000,000", () => {
    const r = clauseResult(
      "artificial-intelligence/2-a",
      models(general({ trainingCost: 80_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 50_000_000 });
  });

  it("training cost exactly 50,000,000 reaches the cap exactly", () => {
    const r = clauseResult(
      "artificial-intelligence/2-a",
      models(general({ trainingCost: 50_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 50_000_000 });
  });

  it("exactly 100 billion parameters (1000 亿) is not 超过千亿: not eligible, with the gap shown", () => {
    const r = clauseResult("artificial-intelligence/2-a", models(general({ parametersYi: 1000 })));
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({ actual: 1000, required: 1000, comparator: ">" });
  });

  it("1001 亿 parameters is above 100 billion: eligible", () => {
    const r = clauseResult("artificial-intelligence/2-a", models(general({ parametersYi: 1001 })));
    expect(r.status).toBe("eligible");
  });

  it("a model not rated domestically leading by a third party is not eligible", () => {
    const r = clauseResult(
      "artificial-intelligence/2-a",
      models(general({ evaluatedDomesticLeading: false })),
    );
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("a model already paid 20,000,000 under this clause gets the rest: min(80,000,000, 50,000,000) − 20,000,000 = 30,000,000", () => {
    const r = clauseResult("artificial-intelligence/2-a", {
      ...models(general({ trainingCost: 80_000_000 })),
      awardsReceived: [
        {
          id: "a1",
          clauseId: "artificial-intelligence/2-a",
          itemKey: "m1",
          amount: 20_000_000,
          year: 2024,
        },
      ],
    });
    expect(r.amount).toEqual({ min: 0, max: 30_000_000 });
  });

  it("two general models of 40,000,000 each: 80,000,000 held to 50,000,000 per lead developer and year", () => {
    const r = clauseResult(
      "artificial-intelligence/2-a",
      models(
        general({ trainingCost: 40_000_000 }),
        general({ id: "m2", name: "第二模型", trainingCost: 40_000_000 }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 50_000_000 });
  });

  it("specialised models are not listed under the general-model clause", () => {
    const r = clauseResult("artificial-intelligence/2-a", models(specialised()));
    expect(r.items).toHaveLength(0);
    expect(r.status).toBe("ineligible");
  });

  it("without the training cost the clause asks for it", () => {
    const r = clauseResult(
      "artificial-intelligence/2-a",
      models(general({ trainingCost: undefined })),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("artificialIntelligence.models[].trainingCost");
  });
});

describe("artificial-intelligence/2-b specialised models: 30% of R&D cost up to 5,000,000, at most 10 a year", () => {
  it("R&D cost 10,000,000: 30% × 10,000,000 = 3,000,000, to be selected", () => {
    const r = clauseResult("artificial-intelligence/2-b", models(specialised()));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
    expect(r.items[0]?.conditions.find((c) => c.status === "to-win")?.label.zh).toMatch(
      /不超过 10 个/,
    );
  });

  it("R&D cost 16,666,667: 30% = 5,000,000 (rounded), the cap reached exactly", () => {
    const r = clauseResult(
      "artificial-intelligence/2-b",
      models(specialised({ rdCost: 16_666_667 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("R&D cost 30,000,000: 9,000,000 capped at 5,000,000", () => {
    const r = clauseResult(
      "artificial-intelligence/2-b",
      models(specialised({ rdCost: 30_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a model not yet deployed in Hangzhou is not eligible", () => {
    const r = clauseResult(
      "artificial-intelligence/2-b",
      models(specialised({ deployedInHangzhou: false })),
    );
    expect(r.status).toBe("ineligible");
  });

  it("two models of 3,000,000 each: 6,000,000 held to 5,000,000 per lead developer and year", () => {
    const r = clauseResult(
      "artificial-intelligence/2-b",
      models(specialised(), specialised({ id: "s2", name: "医学影像模型" })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });
});

describe("artificial-intelligence/2-c open-source demonstration platforms (non-monetary)", () => {
  it("a platform running an open-source community is eligible to be selected", () => {
    const r = clauseResult("artificial-intelligence/2-c", {
      enterprise: { roles: ["platform"] },
      artificialIntelligence: { openSourcePlatform: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without an open platform it is not eligible", () => {
    const r = clauseResult("artificial-intelligence/2-c", {
      enterprise: { roles: ["platform"] },
      artificialIntelligence: { openSourcePlatform: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
