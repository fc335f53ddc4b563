import { describe, expect, it } from "vitest";
import { describeParam } from "@/lib/engine/describe";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { clauseAnchor, policySummaries, searchClauses } from "@/lib/library";
import { todayInHangzhou } from "@/lib/today";

describe("policy library", () => {
  it("finds clauses by Chinese wording without word splitting: 研发投入 matches biomedicine/3", () => {
    expect(searchClauses("研发投入").map((c) => c.id)).toContain("biomedicine/3");
  });
  it("needs every word of the query: 研发投入 + 不存在的词 finds nothing", () => {
    expect(searchClauses("研发投入 不存在的词")).toEqual([]);
  });
  it("an empty query finds nothing rather than everything", () => {
    expect(searchClauses("   ")).toEqual([]);
  });
  it("on 2026-11-25 the three policies that ended on 2025-12-31 are expired and biomedicine is in force", () => {
    const byKey = Object.fromEntries(policySummaries("2026-11-25").map((s) => [s.key, s.status]));
    expect(byKey["high-end-equipment"]).toBe("expired");
    expect(byKey["new-materials"]).toBe("expired");
    expect(byKey["green-energy"]).toBe("expired");
    expect(byKey["software"]).toBe("expired");
    expect(byKey["biomedicine"]).toBe("in-force");
  });
  it("anchors clauses by their article part: biomedicine/4-a → clause-4-a", () => {
    expect(clauseAnchor("biomedicine/4-a")).toBe("clause-4-a");
  });
  it("describes parameters with units in both languages", () => {
    expect(describeParam(param.rate(percent(40), t("资助比例", "rate")), "zh")).toBe(
      "资助比例：40%",
    );
    expect(describeParam(param.yuan(wan(600), t("上限", "cap")), "en")).toBe("cap: CNY 6,000,000");
    expect(
      describeParam(
        param.table({ I: wan(1000), II: wan(2000) }, t("上限", "cap"), {
          I: t("Ⅰ期临床", "phase I"),
          II: t("Ⅱ期临床", "phase II"),
        }),
        "zh",
      ),
    ).toBe("上限：Ⅰ期临床 10,000,000 元 · Ⅱ期临床 20,000,000 元");
  });
  it("today in Hangzhou is UTC+8: 2026-11-25T17:00Z is already 2026-11-26", () => {
    expect(todayInHangzhou(new Date("2026-11-25T17:00:00Z"))).toBe("2026-11-26");
    expect(todayInHangzhou(new Date("2026-11-25T15:59:00Z"))).toBe("2026-11-25");
  });
});
