import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clauseName } from "@/lib/engine/article";
import { Calc } from "@/lib/engine/calc";
import { above, atLeast } from "@/lib/engine/conditions";
import { describeParam } from "@/lib/engine/describe";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { wan, percent } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { itemLabel, renderCap, renderGap, renderSteps } from "@/lib/engine/render";
import { t } from "@/lib/engine/text";
import { parseProfile } from "@/lib/profile/parse";
import { registry } from "@/rules";
import { honourLabel } from "@/rules/shared/honours";

const PHASE_II = t("单个品种上限（Ⅱ期临床）", "cap per variety (phase II)");
const capOf = (before: number) =>
  Calc.base(t("研发投入", "R&D investment"), before).cap(wan(2000), PHASE_II).steps.at(-1)!;
const render = (before: number, lang: "zh" | "en") => {
  const step = capOf(before);
  if (step.op !== "cap") throw new Error("not a cap step");
  return renderCap(step, lang);
};

describe("a cap reads forwards: the amount, the cap, what is paid", () => {
  it("below the cap: 18,000,000 within 20,000,000, paid 18,000,000", () => {
    expect(render(18_000_000, "zh")).toBe(
      "18,000,000，未超过单个品种上限（Ⅱ期临床）20,000,000，按 18,000,000 计",
    );
    expect(render(18_000_000, "en")).toBe(
      "18,000,000 is within the cap per variety (phase II) 20,000,000, paid 18,000,000",
    );
  });

  it("above the cap: 24,000,000 exceeds 20,000,000, paid 20,000,000", () => {
    expect(render(24_000_000, "zh")).toBe(
      "24,000,000，超过单个品种上限（Ⅱ期临床）20,000,000，按 20,000,000 计",
    );
    expect(render(24_000_000, "en")).toBe(
      "24,000,000 exceeds the cap per variety (phase II) 20,000,000, paid 20,000,000",
    );
  });

  it("equal to the cap: 20,000,000 does not exceed 20,000,000, paid 20,000,000", () => {
    expect(render(20_000_000, "zh")).toBe(
      "20,000,000，未超过单个品种上限（Ⅱ期临床）20,000,000，按 20,000,000 计",
    );
    expect(render(20_000_000, "en")).toBe(
      "20,000,000 is within the cap per variety (phase II) 20,000,000, paid 20,000,000",
    );
  });

  it("a label of the form “…, at most”: 6,000,000 exceeds the subsidy of at most 5,000,000", () => {
    const steps = Calc.base(t("研发成本", "R&D cost"), 6_000_000).cap(
      wan(500),
      t("补助金额最高", "subsidy, at most"),
    ).steps;
    expect(renderSteps(steps, "zh")).toBe(
      "研发成本 6,000,000 元；6,000,000，超过补助金额最高 5,000,000，按 5,000,000 计",
    );
    expect(renderSteps(steps, "en")).toBe(
      "R&D cost 6,000,000; 6,000,000 exceeds the subsidy of at most 5,000,000, paid 5,000,000",
    );
  });

  it("a shared cap already partly used: 800,000 against 1,000,000 with 200,000 left, paid 200,000", () => {
    const step = {
      op: "cap",
      label: t("两项合计每年上限", "yearly cap on both"),
      cap: 1_000_000,
      before: 800_000,
      left: 200_000,
      result: 200_000,
    } as const;
    expect(renderCap(step, "zh")).toBe(
      "800,000，两项合计每年上限 1,000,000 尚余 200,000，按 200,000 计",
    );
    expect(renderCap(step, "en")).toBe(
      "800,000; of the yearly cap on both 1,000,000, 200,000 is left, paid 200,000",
    );
  });

  it("a result saved before the amount was recorded: cap 20,000,000, paid 18,000,000", () => {
    const step = { op: "cap", label: PHASE_II, cap: 20_000_000, result: 18_000_000 } as const;
    expect(renderCap(step, "zh")).toBe("单个品种上限（Ⅱ期临床）20,000,000，按 18,000,000 计");
    expect(renderCap(step, "en")).toBe(
      "the cap per variety (phase II) 20,000,000, paid 18,000,000",
    );
  });

  it("20% × 12,000,000 = 2,400,000 then the cap 4,000,000: the trace keeps its order", () => {
    const steps = Calc.base(t("研发投入", "R&D investment"), 12_000_000)
      .rate(percent(20))
      .cap(
        wan(400),
        t("单个品种上限（三类医疗器械）", "cap per variety (class-III devices)"),
      ).steps;
    expect(renderSteps(steps, "zh")).toBe(
      "研发投入 12,000,000 元；× 20% = 2,400,000；2,400,000，未超过单个品种上限（三类医疗器械）4,000,000，按 2,400,000 计",
    );
  });
});

describe("years read as years", () => {
  const label = t("2025 年及以后认定", "recognised in 2025 or later");
  it("a year gap: recognised 2023, must be 2025 or later", () => {
    const c = atLeast(label, 2023, 2025, { facts: ["honours[].year"], unit: "year" });
    expect(renderGap(c, "zh")).toBe("2025 年及以后认定：当前 2023 年，需为 2025 年或以后");
    expect(renderGap(c, "en")).toBe(
      "recognised in 2025 or later: now 2023, must be in or after 2025",
    );
  });

  it("a fall in money reads in its scale: −52,000,000 is -5,200 万元 / CNY -52M", () => {
    const c = above(t("订单额较上年增加", "orders grew"), -52_000_000, 0, { facts: [] });
    expect(renderGap(c, "zh")).toBe(
      "订单额较上年增加：当前 -5,200 万元，需超过 0 元，还差 5,200 万元",
    );
    expect(renderGap(c, "en")).toBe(
      "orders grew: now CNY -52M, must exceed CNY 0, short by CNY 52M",
    );
  });

  it("a year parameter: 2025 年 / 2025, never 2,025", () => {
    const p = param.year(2025, t("认定年度不早于", "recognised in or after"));
    expect(describeParam(p, "zh")).toBe("认定年度不早于：2025 年");
    expect(describeParam(p, "en")).toBe("recognised in or after: 2025");
  });
});

describe("names instead of ids", () => {
  it("an honour by its kind and year, in each language", () => {
    const h = { id: "h-lg", kind: "little-giant", year: 2024 } as const;
    expect(honourLabel(h, "zh")).toBe("专精特新“小巨人”企业（2024）");
    expect(honourLabel(h, "en")).toBe("Specialised-and-new “little giant” (2024)");
    expect(itemLabel({ label: "甲", labelEn: undefined }, "en")).toBe("甲");
  });

  it("a clause by policy and article, and which item of the article", () => {
    const policy = t("高端装备", "High-end equipment");
    expect(clauseName(policy, "五、", 2, "zh")).toBe("《高端装备》第五条（第 2 项）");
    expect(clauseName(policy, "五、", 2, "en")).toBe("High-end equipment, section 5, item 2");
    expect(clauseName(t("生物医药", "Biomedicine"), "（三）", undefined, "zh")).toBe(
      "《生物医药》第（三）条",
    );
    expect(clauseName(t("人工智能", "AI"), "三、（二）", undefined, "en")).toBe(
      "AI, section 3, art. (2)",
    );
  });
});

describe("in the example profiles", () => {
  const example = (file: string) => {
    const parsed = parseProfile(JSON.parse(readFileSync(`examples/${file}.json`, "utf8")));
    if (!parsed.ok) throw new Error(file);
    return evaluate(registry, parsed.profile, roundOf(2025));
  };

  it("AI 2-b states its one cap once: 30% × 12,000,000 = 3,600,000 within 5,000,000", () => {
    const c = example("artificial-intelligence-model-developer").clauses.find(
      (x) => x.id === "artificial-intelligence/2-b",
    )!;
    const trace = [...c.items.map((it) => renderSteps(it.steps, "zh")), renderSteps(c.steps, "zh")];
    expect(trace.join("；").match(/5,000,000/g)).toHaveLength(1);
    expect(c.amount).toEqual({ min: 0, max: 3_600_000 });
  });

  it("a superseded item names the better clause by policy and article", () => {
    const c = example("high-end-equipment-robot-maker").clauses.find(
      (x) => x.id === "high-end-equipment/5-a",
    )!;
    const it = c.items.find((i) => i.status === "superseded")!;
    expect(renderSteps(it.steps, "zh")).toContain(
      "同一事项按“从优、就高、不重复”由《高端装备》第五条（第 2 项）支持",
    );
    expect(renderSteps(it.steps, "en")).toContain(
      "The same item is paid once, at the better clause: High-end equipment, section 5, item 2",
    );
  });
});
