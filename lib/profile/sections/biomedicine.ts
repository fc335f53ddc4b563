import { z } from "zod";
import { choice, flag, itemId, itemName, list, money } from "../fields";

export const DRUG_TYPES = ["chemical", "biologic", "tcm", "classic-formula"] as const;
export const CLINICAL_PHASES = ["I", "II", "III"] as const;

export const drugSchema = z
  .object({
    id: itemId,
    name: itemName,
    drugType: choice("药品类型", "Type of drug", DRUG_TYPES, {
      chemical: ["化学药", "Chemical drug"],
      biologic: ["生物制品", "Biologic"],
      tcm: ["中药", "Traditional Chinese medicine"],
      "classic-formula": ["古代经典名方中药复方制剂", "Compound preparation from an ancient classic formula"],
    }),
    registrationClass: choice("注册分类", "Registration class", ["1", "2", "3", "4", "5"], {
      "1": ["1 类", "Class 1"],
      "2": ["2 类", "Class 2"],
      "3": ["3 类", "Class 3"],
      "4": ["4 类", "Class 4"],
      "5": ["5 类", "Class 5"],
    }),
    clinicalPhase: choice("已在国内开展的临床试验阶段", "Clinical-trial phase reached in China", CLINICAL_PHASES, {
      I: ["Ⅰ期", "Phase I"],
      II: ["Ⅱ期", "Phase II"],
      III: ["Ⅲ期", "Phase III"],
    }),
    licensedAndIndustrialised: flag("注册申请人已获得许可并进行产业化", "The registration applicant is licensed and industrialising"),
    rdInvestment: money("该品种研发投入", "R&D investment in the variety"),
  })
  .meta({ title: "药品", titleEn: "Drug" });

/** Facts only the biomedicine policy reads. */
export const biomedicineSection = z
  .object({
    drugs: list(drugSchema, "在研药品", "Drugs in development", 50),
  })
  .optional()
  .meta({ title: "生物医药", titleEn: "Biomedicine" });
