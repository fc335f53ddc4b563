import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import {
  firstBatchApplicationAward,
  firstBatchInsurance,
  qualityProductsListing,
} from "./first-batch-materials";
import { fundDirectInvestment, fundProjectReward } from "./government-fund";
import { loanInterest } from "./loan-interest";
import { chemicalParkLand, prudentAccess } from "./market-access";
import {
  cityMajorProject,
  majorProjectMatching,
  openCompetitionProject,
} from "./sci-tech-projects";

export const newMaterials: PolicyRules = {
  policy: POLICIES["new-materials"],
  headingsEn: HEADINGS_EN,
  clauses: [
    loanInterest,
    majorProjectMatching,
    cityMajorProject,
    openCompetitionProject,
    firstBatchInsurance,
    firstBatchApplicationAward,
    qualityProductsListing,
    fundDirectInvestment,
    fundProjectReward,
    prudentAccess,
    chemicalParkLand,
  ],
};
