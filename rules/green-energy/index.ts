import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { emergingStorageSalesReward } from "./emerging-storage";
import { nicheChampions, qualityAwards, standardsSetting } from "./enterprise-quality";
import { districtEnergyQuota, projectLand, renewableEnergyExemption } from "./factor-support";
import { fundDirectInvestment } from "./government-fund";
import {
  hydrogenRefuellingSubsidy,
  hydrogenVehicleAccess,
  hydrogenVehicleSubsidy,
} from "./hydrogen";
import {
  bottleneckProjects,
  firstSetGreenEquipment,
  innovationPlatforms,
  innovationVouchers,
  rdSuperDeduction,
  techTransferRewards,
} from "./innovation";
import { loanInterest } from "./loan-interest";
import { greenLowCarbonFactory, zeroCarbonPark } from "./low-carbon-parks-factories";
import { photovoltaicSubsidy } from "./photovoltaic";
import { infoAndTestingCentres } from "./technical-services";

export const greenEnergy: PolicyRules = {
  policy: POLICIES["green-energy"],
  headingsEn: HEADINGS_EN,
  clauses: [
    infoAndTestingCentres,
    emergingStorageSalesReward,
    nicheChampions,
    standardsSetting,
    qualityAwards,
    fundDirectInvestment,
    loanInterest,
    hydrogenVehicleSubsidy,
    hydrogenVehicleAccess,
    hydrogenRefuellingSubsidy,
    photovoltaicSubsidy,
    zeroCarbonPark,
    greenLowCarbonFactory,
    bottleneckProjects,
    innovationPlatforms,
    techTransferRewards,
    rdSuperDeduction,
    innovationVouchers,
    firstSetGreenEquipment,
    renewableEnergyExemption,
    districtEnergyQuota,
    projectLand,
  ],
};
