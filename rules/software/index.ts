import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { mobileAppAwards, nationalExcellentSolutions } from "./apps-and-solutions";
import { collaborativeInnovation } from "./collaborative-innovation";
import { digitalEngineeringListing, digitalEngineeringProviders } from "./digital-engineering";
import { firstVersionDistrictRewards, firstVersionSales } from "./first-version-software";
import {
  innovationPlatformConstruction,
  innovationPlatformOperation,
} from "./innovation-platforms";
import { nationalKeySoftware, nicheChampions } from "./key-enterprises";
import { openSourceActivities, openSourceProducts } from "./open-source";
import { rdInvestment } from "./rd-investment";
import { districtContribution, revenueGrowth, revenueTiers } from "./revenue-tiers";
import { specialtyParks } from "./specialty-parks";
import { fastTrackTitles, talentProgrammes, talentQuota } from "./talent";

export const software: PolicyRules = {
  policy: POLICIES["software"],
  headingsEn: HEADINGS_EN,
  clauses: [
    revenueTiers,
    revenueGrowth,
    districtContribution,
    nationalKeySoftware,
    nicheChampions,
    rdInvestment,
    firstVersionSales,
    firstVersionDistrictRewards,
    mobileAppAwards,
    nationalExcellentSolutions,
    collaborativeInnovation,
    digitalEngineeringProviders,
    digitalEngineeringListing,
    innovationPlatformConstruction,
    innovationPlatformOperation,
    openSourceProducts,
    openSourceActivities,
    specialtyParks,
    talentProgrammes,
    talentQuota,
    fastTrackTitles,
  ],
};
