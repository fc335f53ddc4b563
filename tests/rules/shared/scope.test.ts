import { describe, expect, it } from "vitest";
import { fact } from "@/lib/engine/conditions";
import { roundOf } from "@/lib/engine/round";
import { t } from "@/lib/engine/text";
import { scopeAnd, scopeAndAnswer, type Scope } from "@/rules/shared/scope";
import { profile } from "@/tests/helpers/profile";

const SCOPE: Scope = {
  reads: ["greenEnergy.sector"],
  condition: (p) =>
    fact(t("绿色能源领域企业", "green-energy enterprise"), !!p.greenEnergy?.sector, []),
};

describe("clauses that ask the policy's scope and one thing more", () => {
  it("read the scope's facts, then the clause's; ask the scope first", () => {
    const rules = scopeAnd(SCOPE, "finance.current.rdExpense", () =>
      fact(t("研发投入", "R&D"), true, ["finance.current.rdExpense"]),
    );
    expect(rules.reads).toEqual(["greenEnergy.sector", "finance.current.rdExpense"]);
    expect(
      rules.conditions({ profile: profile(), round: roundOf(2025) }).map((c) => c.status),
    ).toEqual(["unmet", "met"]);
  });

  it("a yes/no answer is read and asked at its path", () => {
    const rules = scopeAndAnswer(SCOPE, "greenEnergy.projectLandNeed", t("用地需求", "land need"));
    expect(rules.reads).toEqual(["greenEnergy.sector", "greenEnergy.projectLandNeed"]);
    const [scope, need] = rules.conditions({
      profile: profile({ greenEnergy: { sector: "wind", projectLandNeed: true } }),
      round: roundOf(2025),
    });
    expect([scope!.status, need!.status, need!.facts]).toEqual([
      "met",
      "met",
      ["greenEnergy.projectLandNeed"],
    ]);
  });
});
