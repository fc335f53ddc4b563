import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import {
  applicationDemonstrations,
  intelligentUpgradeBenchmarks,
  scenarioLabs,
} from "./application-scenarios";
import { computePartners, computeVouchers } from "./compute";
import { dataServicePurchases, dataSharingSuppliers } from "./data-services";
import { importedForums, shortageTalent } from "./ecosystem";
import { hiddenChampionAward, littleGiantAward, singleChampionAward } from "./honours";
import { benchmarkParks, nationalClusters } from "./industrial-parks";
import { generalModelTraining, openSourcePlatforms, specialisedModels } from "./models";
import { publicServiceDemoPlatforms } from "./public-service-platforms";

export const artificialIntelligence: PolicyRules = {
  policy: POLICIES["artificial-intelligence"],
  headingsEn: HEADINGS_EN,
  clauses: [
    computePartners,
    computeVouchers,
    generalModelTraining,
    specialisedModels,
    openSourcePlatforms,
    dataSharingSuppliers,
    dataServicePurchases,
    intelligentUpgradeBenchmarks,
    applicationDemonstrations,
    scenarioLabs,
    benchmarkParks,
    nationalClusters,
    singleChampionAward,
    littleGiantAward,
    hiddenChampionAward,
    publicServiceDemoPlatforms,
    shortageTalent,
    importedForums,
  ],
};
