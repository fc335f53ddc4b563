import { t } from "@/lib/engine/text";
import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { HEADINGS_EN } from "./headings-en";
import { bioMaterialRevenueTiers, cdeActivation, fdaCertification } from "./bio-materials";
import { breedingProductAward, breedingYearlyCap, cropVarietyAward } from "./bio-breeding";
import { cosmeticIngredientAward, cosmeticsYearlyCap, specialCosmeticAward } from "./cosmetics";
import { forumOrganisers } from "./events";
import { headquartersLand, headquartersRdFunding } from "./headquarters";
import { industrialisationProjects } from "./industrialisation";
import { aestheticCertificates, aestheticSalesGrowth } from "./medical-aesthetics";
import { platformConstruction, platformInnovationVouchers } from "./public-service-platforms";
import { keyProgrammeMatching, rdFunding } from "./research-funding";
import { parkDistrictGrant, parkInvestorReward } from "./specialty-parks";
import {
  guaranteeAndFunds,
  landPriority,
  parkEiaFastTrack,
  talentGuarantees,
  talentRecruitment,
} from "./talent-finance-land";
import { enterpriseTechTransactions, institutionTechTransactions } from "./tech-transactions";

export const syntheticBiology: PolicyRules = {
  policy: POLICIES["synthetic-biology"],
  headingsEn: HEADINGS_EN,
  clauses: [
    keyProgrammeMatching,
    rdFunding,
    institutionTechTransactions,
    enterpriseTechTransactions,
    cdeActivation,
    fdaCertification,
    bioMaterialRevenueTiers,
    aestheticCertificates,
    aestheticSalesGrowth,
    cosmeticIngredientAward,
    specialCosmeticAward,
    breedingProductAward,
    cropVarietyAward,
    parkDistrictGrant,
    parkInvestorReward,
    industrialisationProjects,
    headquartersLand,
    headquartersRdFunding,
    platformConstruction,
    platformInnovationVouchers,
    forumOrganisers,
    talentRecruitment,
    talentGuarantees,
    guaranteeAndFunds,
    landPriority,
    parkEiaFastTrack,
  ],
  capGroups: [
    {
      id: "synthetic-biology/8",
      label: t(
        "第（八）条单个企业每年资助（奖励）上限（本条两项合计）",
        "article 8 cap per enterprise per year (both items of the article together)",
      ),
      text: "单个企业每年资助(奖励)金额最高不超过 100 万元。",
      clauses: ["synthetic-biology/8-a", "synthetic-biology/8-b"],
      scope: "enterprise",
      cap: cosmeticsYearlyCap.value,
    },
    {
      id: "synthetic-biology/9",
      label: t(
        "第（九）条单个企业每年奖励上限（本条两项合计）",
        "article 9 cap per enterprise per year (both items of the article together)",
      ),
      text: "单个企业每年奖励额度最高不超过 300 万元。",
      clauses: ["synthetic-biology/9-a", "synthetic-biology/9-b"],
      scope: "enterprise",
      cap: breedingYearlyCap.value,
    },
  ],
};
