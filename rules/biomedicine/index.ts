import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import {
  allianceFunding,
  bigPiFunding,
  gcpProjectRecognition,
  ldtPilot,
  leadTrialService,
  participatingTrialService,
  researchWardExemption,
} from "./clinical-research";
import {
  contributionGrowthToDistrict,
  industrialisationGrant,
  statePlantSaleGrant,
} from "./industrialisation";
import {
  cityFundDirectInvestment,
  districtFundReturnReward,
  fundManagerAward,
} from "./industry-funds";
import { class3DrugRnd, improvedDrugRnd, innovativeDrugRnd } from "./innovative-drugs";
import {
  firstSetDevicePurchaseAward,
  innovativeProductAssessmentExemption,
  innovativeProductUseAward,
} from "./innovative-product-use";
import { contractManufacturingAward, mahCommissioningAward } from "./mah-commissioning";
import { classifiedDeviceRnd, innovativeDeviceRnd } from "./medical-devices";
import { overseasAnnualCap, overseasDeviceAward, overseasDrugAward } from "./overseas-markets";
import { certificateAward, localSalesGrowthAward } from "./product-certificates";
import { frontierResearchFunding, innovationCarrierMatching } from "./research-funding";
import { platformConstructionGrant, innovationVoucher } from "./service-platforms";
import { parkInvestorReward, parkRentReduction, specialtyParkGrant } from "./specialty-parks";
import {
  customsFacilitation,
  talentEvaluation,
  talentVentureGuarantee,
} from "./talent-and-customs";
import { volumeProcurementAward } from "./volume-procurement";

export const biomedicine: PolicyRules = {
  policy: POLICIES.biomedicine,
  headingsEn: HEADINGS_EN,
  clauses: [
    innovationCarrierMatching, // 1
    frontierResearchFunding, // 2
    innovativeDrugRnd, // 3
    improvedDrugRnd, // 4-a
    class3DrugRnd, // 4-b
    innovativeDeviceRnd, // 5-a
    classifiedDeviceRnd, // 5-b
    researchWardExemption, // 8-a
    gcpProjectRecognition, // 8-b
    bigPiFunding, // 8-c
    allianceFunding, // 10
    leadTrialService, // 11-a
    participatingTrialService, // 11-b
    ldtPilot, // 11-c
    industrialisationGrant, // 12-a
    statePlantSaleGrant, // 12-b
    contributionGrowthToDistrict, // 13
    volumeProcurementAward, // 14
    certificateAward, // 15-a
    localSalesGrowthAward, // 15-b
    mahCommissioningAward, // 16-a
    contractManufacturingAward, // 16-b
    overseasDrugAward, // 17-a
    overseasDeviceAward, // 17-b
    specialtyParkGrant, // 18-a
    parkInvestorReward, // 18-b
    parkRentReduction, // 18-c
    platformConstructionGrant, // 19-a
    innovationVoucher, // 19-b
    firstSetDevicePurchaseAward, // 22-a
    innovativeProductAssessmentExemption, // 22-b
    innovativeProductUseAward, // 22-c
    cityFundDirectInvestment, // 23-a
    fundManagerAward, // 23-b
    districtFundReturnReward, // 23-c
    talentEvaluation, // 24-a
    talentVentureGuarantee, // 24-b
    customsFacilitation, // 25
  ],
  capGroups: [overseasAnnualCap],
};
