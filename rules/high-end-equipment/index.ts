import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { scenarioOpening } from "./application-scenarios";
import { autonomousDrivingTests, icvOutputReward } from "./connected-vehicles";
import { firstSetApplicationAward, firstSetInsurance } from "./first-set-products";
import { fundDirectInvestment, fundProjectReward } from "./government-fund";
import { loanInterest } from "./loan-interest";
import { newModelSalesReward, nevCapacityReward, partsPurchaseReward } from "./new-energy-vehicles";
import { robotHeadquartersPriority, robotPartsPurchaseSubsidy } from "./robots-additive";

export const highEndEquipment: PolicyRules = {
  policy: POLICIES["high-end-equipment"],
  headingsEn: HEADINGS_EN,
  clauses: [
    loanInterest,
    nevCapacityReward,
    newModelSalesReward,
    partsPurchaseReward,
    icvOutputReward,
    autonomousDrivingTests,
    robotPartsPurchaseSubsidy,
    robotHeadquartersPriority,
    firstSetInsurance,
    firstSetApplicationAward,
    scenarioOpening,
    fundDirectInvestment,
    fundProjectReward,
  ],
};
