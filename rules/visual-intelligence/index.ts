import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { firstSetTerminals } from "./first-set-products";
import { chainLeaderOrders, headquartersStars, softwareScaleUp } from "./industrial-chain";
import { nationalInnovationCentre, provincialTechInnovationCentre } from "./innovation-platforms";
import { newInfrastructure } from "./new-infrastructure";
import { promotionEvents } from "./promotion-events";
import { chainLeaderRnd, defaultMatching, keyTechChallenges, prescribedMatching } from "./sci-tech";
import { talentSelfRecognition } from "./talent";
import {
  floorAreaTransfer,
  keyProcessesInWindowPark,
  plotRatio,
  windowParkLandQuota,
} from "./window-park";

export const visualIntelligence: PolicyRules = {
  policy: POLICIES["visual-intelligence"],
  headingsEn: HEADINGS_EN,
  clauses: [
    keyTechChallenges,
    chainLeaderOrders,
    headquartersStars,
    softwareScaleUp,
    plotRatio,
    floorAreaTransfer,
    windowParkLandQuota,
    keyProcessesInWindowPark,
    prescribedMatching,
    defaultMatching,
    chainLeaderRnd,
    nationalInnovationCentre,
    provincialTechInnovationCentre,
    talentSelfRecognition,
    firstSetTerminals,
    promotionEvents,
    newInfrastructure,
  ],
};
