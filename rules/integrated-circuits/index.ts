import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { chainLeaderPartners, supplyChainAssistance } from "./chain-leaders";
import { districtAwards, firstSetChips, icTaxPolicy } from "./districts-and-tax";
import { fundDirectInvestment, phoenixFinancing, supplyChainGuarantee } from "./funds-and-finance";
import {
  fastTrackApprovals,
  majorProjectFactors,
  provincialMajorProjectPool,
  technologyUpgrade,
} from "./production-lines";
import { platformOperation, techPlatformConstruction } from "./public-platforms";
import { designCapacity, majorSciTechProjects } from "./sci-tech";
import { platformCeiling, projectCeiling } from "./support-ceiling";
import { talentClassification, talentHousing, talentSchooling } from "./talent";
import { edaTools, firstTapeOut, keyMaterialsEquipment } from "./tape-out-materials-eda";
import { terminalApplication } from "./terminal-application";

export const integratedCircuits: PolicyRules = {
  policy: POLICIES["integrated-circuits"],
  headingsEn: HEADINGS_EN,
  clauses: [
    provincialMajorProjectPool,
    majorProjectFactors,
    fastTrackApprovals,
    technologyUpgrade,
    chainLeaderPartners,
    majorSciTechProjects,
    firstTapeOut,
    keyMaterialsEquipment,
    edaTools,
    terminalApplication,
    designCapacity,
    supplyChainAssistance,
    talentClassification,
    talentHousing,
    talentSchooling,
    fundDirectInvestment,
    phoenixFinancing,
    supplyChainGuarantee,
    techPlatformConstruction,
    platformOperation,
    districtAwards,
    icTaxPolicy,
    firstSetChips,
  ],
  capGroups: [projectCeiling, platformCeiling],
};
