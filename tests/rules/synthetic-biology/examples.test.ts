import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";

function run(file: string) {
  const profile = profileSchema.parse(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
  const result = evaluate(registry, profile, roundOn("2025-06-30"), {
    policies: ["synthetic-biology"],
  });
  const max = (id: string) => result.clauses.find((c) => c.id === id)?.amount?.max;
  const status = (id: string) => result.clauses.find((c) => c.id === id)?.status;
  return { result, max, status };
}

describe("example: 杭州禾本合成生物科技有限公司 (collagen, medical aesthetics, cosmetics)", () => {
  const { max, status } = run("synthetic-biology-collagen-cosmetics.json");

  it("R&D 36,000,000 above 10,000,000: 10% = 3,600,000 after review", () => {
    expect(max("synthetic-biology/2")).toBe(3_600_000);
  });

  it("revenue 260,000,000 first above 200M after 100,000 received: 200,000 − 100,000 = 100,000", () => {
    expect(max("synthetic-biology/6-c")).toBe(100_000);
  });

  it("a class-III device: 1,000,000; its new sales 47,000,000 make 4 steps = 2,000,000", () => {
    expect(max("synthetic-biology/7-a")).toBe(1_000_000);
    expect(max("synthetic-biology/7-b")).toBe(2_000_000);
  });

  it("two ingredients (600,000) and five special cosmetics (500,000) share the 1,000,000 cap: 600,000 + 400,000", () => {
    expect(max("synthetic-biology/8-a")).toBe(600_000);
    expect(max("synthetic-biology/8-b")).toBe(400_000);
  });

  it("18,000,000 registered as buyer: 3 steps = 30,000; two CDE activations: 200,000", () => {
    expect(max("synthetic-biology/3-b")).toBe(30_000);
    expect(max("synthetic-biology/6-a")).toBe(200_000);
  });

  it("nothing for the industrialisation clause without a project list: it asks for projects", () => {
    expect(status("synthetic-biology/11")).toBe("needs-info");
  });
});

describe("example: 杭州萧然绿色生物制造股份有限公司 (bio-manufacturing and breeding)", () => {
  const { max, status } = run("synthetic-biology-biomanufacturing-breeding.json");

  it("a 260,000,000 project: 30% = 78,000,000; a national topic with 12,000,000 received: 3,000,000", () => {
    expect(max("synthetic-biology/11")).toBe(78_000_000);
    expect(max("synthetic-biology/1")).toBe(3_000_000);
  });

  it("R&D 52,000,000 is held to the 5,000,000 cap; revenue 620,000,000 first above 500M: 500,000 − 200,000 = 300,000", () => {
    expect(max("synthetic-biology/2")).toBe(5_000_000);
    expect(max("synthetic-biology/6-c")).toBe(300_000);
  });

  it("a biosafety certificate (500,000) and a provincial variety (300,000); an FDA product (300,000)", () => {
    expect(max("synthetic-biology/9-a")).toBe(500_000);
    expect(max("synthetic-biology/9-b")).toBe(300_000);
    expect(max("synthetic-biology/6-b")).toBe(300_000);
  });

  it("as seller 32,000,000 counts (the larger side): 6 steps = 60,000; headquarters clauses apply without amounts", () => {
    expect(max("synthetic-biology/3-b")).toBe(60_000);
    expect(status("synthetic-biology/12-a")).toBe("eligible");
    expect(status("synthetic-biology/12-b")).toBe("eligible");
  });
});
