import { describe } from "vitest";
import { visualIntelligence } from "@/rules/visual-intelligence";
import { itFollowsTheCatalogue } from "@/tests/helpers/catalogue";

describe("visual-intelligence rules against the catalogue and the text", () => {
  itFollowsTheCatalogue(visualIntelligence, {
    file: "08-visual-intelligence.md",
    lead: (department) => new RegExp(`\\(${department}[、)]`),
    textOverCatalogue: {
      // 按要求给予配套补助: the ratio the higher level prescribes is known to the applicant, so the amount is computed.
      "visual-intelligence/7-a": { kind: "formula" },
      // 按规定给予最高 1亿元: a ceiling, not a fixed sum.
      "visual-intelligence/9-a": { kind: "up-to" },
    },
  });
});
