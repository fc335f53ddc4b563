import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

/**
 * 从优、就高、不重复: the same project or platform eligible under the biomedicine and the
 * synthetic-biology policy is paid once, at the better clause; the other clause is superseded
 * and points to it.
 */
const BOTH = ["biomedicine", "synthetic-biology"] as const;
const AS_OF = "2025-06-30";

type Project = NonNullable<ProfileInput["projects"]>[number];
type Platform = NonNullable<ProfileInput["platforms"]>[number];

const project = (eligibleInvestment: number, over: Partial<Project> = {}): Project => ({
  id: "pj-1",
  name: "重组胶原蛋白原料药产业化项目",
  isIndustrialisation: true,
  appliesSyntheticBiology: true,
  recognised: true,
  completed: true,
  isFixedAssetInvestment: true,
  totalInvestment: eligibleInvestment + 30_000_000,
  eligibleInvestment,
  ...over,
});

const platform = (over: Partial<Platform> = {}): Platform => ({
  id: "pf-1",
  name: "合成生物与生物医药中试放大公共服务平台",
  keyPlatformFor: ["biomedicine", "synthetic-biology"],
  industries: ["biomedicine", "synthetic-biology"],
  newEquipmentInvestment: 40_000_000,
  techContractValue: 15_000_000,
  noInvestmentRelation: true,
  ...over,
});

function run(input: Parameters<typeof evaluateProfile>[0]) {
  const result = evaluateProfile(input, AS_OF, BOTH);
  return (id: string) => {
    const c = result.clauses.find((x) => x.id === id);
    if (!c) throw new Error(`${id} is not in the registry yet`);
    return c;
  };
}

const enterprise = { registeredInHangzhou: true, aboveDesignatedSize: true, industries: [...BOTH] };

describe("industrialisation: biomedicine/12-a and synthetic-biology/11 pay the same project once", () => {
  it("a 50,000,000 project: 30% = 15,000,000 under either; paid once under biomedicine/12-a (30% fixed beats “up to 30%”), synthetic-biology/11 superseded with a pointer", () => {
    const clause = run({ enterprise, projects: [project(50_000_000)] });
    const bio = clause("biomedicine/12-a");
    const syn = clause("synthetic-biology/11");
    expect(bio.status).toBe("eligible");
    expect(bio.amount).toEqual({ min: 15_000_000, max: 15_000_000 });
    expect(syn.status).toBe("superseded");
    expect(syn.supersededBy).toBe("biomedicine/12-a");
    expect(syn.items[0]).toMatchObject({
      key: "pj-1",
      status: "superseded",
      supersededBy: "biomedicine/12-a",
    });
    expect(syn.amount).toBeNull();
  });

  it("a 400,000,000 project: biomedicine/12-a's uncapped 120,000,000 beats synthetic-biology/11's 100,000,000 cap; paid once", () => {
    const clause = run({ enterprise, projects: [project(400_000_000)] });
    expect(clause("biomedicine/12-a").amount).toEqual({ min: 120_000_000, max: 120_000_000 });
    const syn = clause("synthetic-biology/11");
    expect(syn.status).toBe("superseded");
    expect(syn.supersededBy).toBe("biomedicine/12-a");
    expect(syn.items[0]?.amount).toEqual({ min: 0, max: 100_000_000 });
    expect(syn.amount).toBeNull();
  });

  it("two projects: each is paid once, and the synthetic-biology clause keeps nothing of either", () => {
    const clause = run({
      enterprise,
      projects: [
        project(50_000_000),
        project(80_000_000, { id: "pj-2", name: "生物基材料产业化项目" }),
      ],
    });
    expect(clause("biomedicine/12-a").amount).toEqual({ min: 39_000_000, max: 39_000_000 });
    expect(
      clause("synthetic-biology/11").items.map((i) => [i.key, i.status, i.supersededBy]),
    ).toEqual([
      ["pj-1", "superseded", "biomedicine/12-a"],
      ["pj-2", "superseded", "biomedicine/12-a"],
    ]);
  });

  it("a project not recognised as applying synthetic biology is simply ineligible under synthetic-biology/11, not superseded", () => {
    const clause = run({
      enterprise,
      projects: [project(50_000_000, { appliesSyntheticBiology: false })],
    });
    expect(clause("biomedicine/12-a").status).toBe("eligible");
    expect(clause("synthetic-biology/11").status).toBe("ineligible");
    expect(clause("synthetic-biology/11").supersededBy).toBeUndefined();
  });
});

const asPlatform = { ...enterprise, roles: ["platform" as const] };

describe("public service platforms: biomedicine/19-a/19-b and synthetic-biology/13-a/13-b pay the same platform once", () => {
  it("construction: 30% × 40,000,000 = 12,000,000 under either; paid once under biomedicine/19-a (equal amounts: the earlier clause), synthetic-biology/13-a superseded", () => {
    const clause = run({ enterprise: asPlatform, platforms: [platform()] });
    expect(clause("biomedicine/19-a").status).toBe("eligible");
    expect(clause("biomedicine/19-a").amount).toEqual({ min: 0, max: 12_000_000 });
    const syn = clause("synthetic-biology/13-a");
    expect(syn.status).toBe("superseded");
    expect(syn.supersededBy).toBe("biomedicine/19-a");
    expect(syn.amount).toBeNull();
  });

  it("innovation vouchers: 10% × 15,000,000 = 1,500,000 under either; paid once under biomedicine/19-b, synthetic-biology/13-b superseded", () => {
    const clause = run({ enterprise: asPlatform, platforms: [platform()] });
    expect(clause("biomedicine/19-b").amount).toEqual({ min: 0, max: 1_500_000 });
    const syn = clause("synthetic-biology/13-b");
    expect(syn.status).toBe("superseded");
    expect(syn.supersededBy).toBe("biomedicine/19-b");
    expect(syn.amount).toBeNull();
  });

  it("a platform recognised and serving only synthetic biology is paid under 13-a and 13-b, with nothing superseded", () => {
    const clause = run({
      enterprise: asPlatform,
      platforms: [
        platform({ keyPlatformFor: ["synthetic-biology"], industries: ["synthetic-biology"] }),
      ],
    });
    expect(clause("biomedicine/19-a").status).toBe("ineligible");
    expect(clause("biomedicine/19-b").status).toBe("ineligible");
    expect(clause("synthetic-biology/13-a")).toMatchObject({
      status: "eligible",
      amount: { min: 0, max: 12_000_000 },
    });
    expect(clause("synthetic-biology/13-b")).toMatchObject({
      status: "eligible",
      amount: { min: 0, max: 1_500_000 },
    });
  });

  it("construction and vouchers are different groups: the same platform can get both, once each", () => {
    const result = evaluateProfile(
      { enterprise: asPlatform, platforms: [platform()] },
      AS_OF,
      BOTH,
    );
    const paid = result.clauses
      .filter((c) => c.status === "eligible" && c.amount && c.beneficiary === "platform")
      .map((c) => c.id);
    expect(paid).toEqual(expect.arrayContaining(["biomedicine/19-a", "biomedicine/19-b"]));
    expect(paid).not.toContain("synthetic-biology/13-a");
    expect(paid).not.toContain("synthetic-biology/13-b");
  });
});
