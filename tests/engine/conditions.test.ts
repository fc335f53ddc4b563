import { describe, expect, it } from "vitest";
import {
  anyFact,
  anyOf,
  fact,
  grew,
  listHas,
  listIncludes,
  shareAtLeast,
  toWin,
  withinYears,
} from "@/lib/engine/conditions";
import { percent } from "@/lib/engine/money";
import { t } from "@/lib/engine/text";

const L = t("条件", "condition");

describe("anyFact: one of several yes/no answers", () => {
  const facts = ["enterprise.sme", "enterprise.aboveDesignatedSize"] as const;
  it("one yes is enough, even with the other unanswered", () => {
    expect(anyFact(L, [undefined, true], facts)).toEqual({ label: L, status: "met", facts });
  });
  it("all no is unmet", () => {
    expect(anyFact(L, [false, false], facts).status).toBe("unmet");
  });
  it("no yes and one unanswered is unknown", () => {
    expect(anyFact(L, [false, undefined], facts).status).toBe("unknown");
    expect(anyFact(L, [null, false], facts).status).toBe("unknown");
  });
});

describe("anyOf: one of several alternatives", () => {
  const yes = fact(t("甲", "A"), true, ["enterprise.sme", "enterprise.registeredInHangzhou"]);
  const no = fact(t("乙", "B"), false, [
    "enterprise.aboveDesignatedSize",
    "enterprise.registeredInHangzhou",
  ]);
  const unknown = fact(t("丙", "C"), undefined, ["enterprise.district"]);
  it("met when any alternative is met, asking each fact once in order", () => {
    expect(anyOf(L, [no, unknown, yes])).toEqual({
      label: L,
      status: "met",
      facts: [
        "enterprise.aboveDesignatedSize",
        "enterprise.registeredInHangzhou",
        "enterprise.district",
        "enterprise.sme",
      ],
    });
  });
  it("unmet only when every alternative is unmet", () => {
    expect(anyOf(L, [no, no]).status).toBe("unmet");
    expect(anyOf(L, []).status).toBe("unmet");
  });
  it("unknown when none is met and one is unknown or still to win", () => {
    expect(anyOf(L, [no, unknown]).status).toBe("unknown");
    expect(anyOf(L, [no, toWin(L)]).status).toBe("unknown");
  });
});

describe("listHas", () => {
  it("is undefined while the list is unanswered, else whether an item matches", () => {
    expect(listHas(undefined, () => true)).toBeUndefined();
    expect(listHas([1, 2], (x) => x === 2)).toBe(true);
    expect(listHas([], () => true)).toBe(false);
  });
});

describe("listIncludes", () => {
  const facts = ["platforms[].industries"] as const;
  it("is met when the answered list names the value, unmet when it does not, unknown while unanswered", () => {
    expect(listIncludes(L, ["biomedicine"], "biomedicine", facts)).toEqual({
      label: L,
      status: "met",
      facts,
    });
    expect(listIncludes(L, ["software"], "biomedicine", facts).status).toBe("unmet");
    expect(listIncludes(L, undefined, "biomedicine", facts).status).toBe("unknown");
  });
});

describe("grew: 新增 must be positive", () => {
  const facts = ["finance.current.valueAdded", "finance.previous.valueAdded"] as const;
  it("10,000,001 on 10,000,000 grew; 10,000,000 on 10,000,000 did not", () => {
    expect(grew(L, 10_000_001, 10_000_000, facts).status).toBe("met");
    expect(grew(L, 10_000_000, 10_000_000, facts).status).toBe("unmet");
  });
  it("either year unanswered is unknown, without a gap", () => {
    expect(grew(L, 1, undefined, facts)).toEqual({ label: L, status: "unknown", facts });
    expect(grew(L, undefined, 1, facts)).toEqual({ label: L, status: "unknown", facts });
  });
});

describe("shareAtLeast: part / whole ≥ rate, exactly", () => {
  const facts = ["finance.current.rdExpense", "finance.current.revenue"] as const;
  it("75 of 100 reaches 75%; 74 of 100 does not, short of 75 by 1 point", () => {
    expect(shareAtLeast(L, 75, 100, percent(75), facts).status).toBe("met");
    expect(shareAtLeast(L, 74, 100, percent(75), facts)).toMatchObject({
      status: "unmet",
      gap: { actual: 74, required: 75, unit: "percent", comparator: ">=" },
    });
  });
  it("a whole of zero is never reached; an unanswered figure is unknown", () => {
    expect(shareAtLeast(L, 0, 0, percent(50), facts).status).toBe("unmet");
    expect(shareAtLeast(L, 1, undefined, percent(50), facts).status).toBe("unknown");
  });
});

describe("withinYears: 最多可连续支持 3 年", () => {
  it("years 1 and 3 are supported; years 0 and 4 are not; unanswered is unknown", () => {
    expect(withinYears(L, 1, 3, []).status).toBe("met");
    expect(withinYears(L, 3, 3, []).status).toBe("met");
    expect(withinYears(L, 0, 3, []).status).toBe("unmet");
    expect(withinYears(L, 4, 3, []).status).toBe("unmet");
    expect(withinYears(L, undefined, 3, []).status).toBe("unknown");
  });
});
