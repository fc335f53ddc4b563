import { describe, expect, it } from "vitest";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { upToAward, upToCap } from "@/rules/shared/amounts";

describe("amounts stated as a ceiling", () => {
  it("最高 300 万元 runs from 0 to 3,000,000, labelled as the parameter", () => {
    const cap = param.yuan(wan(300), t("资助上限", "funding cap"));
    expect(upToCap({ params: { cap } })).toEqual({
      min: 0,
      max: 3_000_000,
      steps: [{ op: "amount", label: cap.label, value: 3_000_000 }],
    });
    const award = param.yuan(wan(50), t("奖励上限", "award cap"));
    expect(upToAward({ params: { award } })).toMatchObject({ min: 0, max: 500_000 });
  });
});
