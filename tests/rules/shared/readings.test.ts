import { describe, expect, it } from "vitest";
import { capScope, maximumStandard } from "@/rules/shared/readings";

describe("readings worded for each policy", () => {
  it("均为最高标准 names the policy's standards", () => {
    expect(maximumStandard("本措施所列补助（奖励）").zh).toBe(
      "本措施所列补助（奖励）标准均为最高标准：估算为 0 至上限（解读约定第 2 条）",
    );
  });

  it("a cap of unstated scope applies per applicant and year", () => {
    const reading = capScope("企业", "enterprise")("300 万元按单个企业每年计", "CNY 3M a year");
    expect(reading).toEqual({
      zh: "按较保守理解：上限未写明适用范围，按单个企业每年计（300 万元按单个企业每年计；解读约定第 8 条）",
      en: "Conservative reading: the cap's scope is not stated, so it is applied per enterprise per year (CNY 3M a year; readings rule 8)",
    });
  });
});
