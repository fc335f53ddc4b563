import { describe, expect, it } from "vitest";
import { t } from "@/lib/engine/text";
import { answer } from "@/rules/shared/answers";
import { profile } from "@/tests/helpers/profile";

const L = t("共性技术研发平台", "common-technology platform");

describe("answer: a yes/no answer of a policy section", () => {
  it("reads yes, no and unanswered at its path, and asks that path", () => {
    const yes = profile({ greenEnergy: { commonTechPlatform: true } });
    expect(answer(yes, "greenEnergy.commonTechPlatform", L)).toEqual({
      label: L,
      status: "met",
      facts: ["greenEnergy.commonTechPlatform"],
    });
    const no = profile({ greenEnergy: { commonTechPlatform: false } });
    expect(answer(no, "greenEnergy.commonTechPlatform", L).status).toBe("unmet");
    expect(answer(profile(), "greenEnergy.commonTechPlatform", L).status).toBe("unknown");
  });
});
