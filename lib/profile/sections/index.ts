import { biomedicineSection } from "./biomedicine";
import { highEndEquipmentSection } from "./high-end-equipment";
import { newMaterialsSection } from "./new-materials";
import { greenEnergySection } from "./green-energy";
import { integratedCircuitsSection } from "./integrated-circuits";
import { softwareSection } from "./software";
import { artificialIntelligenceSection } from "./artificial-intelligence";
import { visualIntelligenceSection } from "./visual-intelligence";
import { syntheticBiologySection } from "./synthetic-biology";

/** One section per policy, keyed by the camel-cased policy key. */
export const policySections = {
  biomedicine: biomedicineSection,
  highEndEquipment: highEndEquipmentSection,
  newMaterials: newMaterialsSection,
  greenEnergy: greenEnergySection,
  integratedCircuits: integratedCircuitsSection,
  software: softwareSection,
  artificialIntelligence: artificialIntelligenceSection,
  visualIntelligence: visualIntelligenceSection,
  syntheticBiology: syntheticBiologySection,
};
