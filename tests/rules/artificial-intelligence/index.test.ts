import { describe } from "vitest";
import { artificialIntelligence } from "@/rules/artificial-intelligence";
import { itFollowsTheCatalogue } from "@/tests/helpers/catalogue";

describe("artificial-intelligence rules against the catalogue and the text", () => {
  itFollowsTheCatalogue(artificialIntelligence, {
    file: "07-artificial-intelligence.md",
    lead: (department) => new RegExp(`责任单位:${department}[、)\\]]`),
  });
});
