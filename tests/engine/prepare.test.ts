import { describe, expect, it } from "vitest";
import { prepare } from "@/lib/engine/prepare";
import { t } from "@/lib/engine/text";
import { fixedClause, registryOf, testPolicy, wan } from "./fixtures";

const syn = testPolicy("synthetic-biology", "2023-10-09", "2028-12-31");

describe("preparation is per registry", () => {
  const a = fixedClause("synthetic-biology/a", "synthetic-biology", wan(80));
  const b = fixedClause("synthetic-biology/b", "synthetic-biology", wan(60));
  const group = {
    id: "g",
    label: t("两项合计每年上限", "shared yearly cap"),
    text: "",
    clauses: ["synthetic-biology/a", "synthetic-biology/b"],
    scope: "enterprise" as const,
    cap: wan(100),
  };
  it("a registry's capped clauses are those its own cap groups name, not another registry's", () => {
    const withCap = registryOf({ policy: syn, clauses: [a, b], capGroups: [group] });
    const withoutCap = registryOf({ policy: syn, clauses: [a, b] });
    expect([...prepare(withCap).capped]).toEqual(["synthetic-biology/a", "synthetic-biology/b"]);
    expect([...prepare(withoutCap).capped]).toEqual([]);
  });
  it("the same registry is prepared once; its clauses keep the rules' order", () => {
    const reg = registryOf({ policy: syn, clauses: [a, b] });
    expect(prepare(reg)).toBe(prepare(reg));
    const list = prepare(reg).policies.get(reg.policies[0]!)!;
    expect(list.map((p) => p.clause.id)).toEqual(["synthetic-biology/a", "synthetic-biology/b"]);
  });
});
