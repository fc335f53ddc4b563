import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";
import { innovativeDrugRnd } from "./innovative-drugs";

export const biomedicine: PolicyRules = {
  policy: POLICIES.biomedicine,
  clauses: [innovativeDrugRnd],
};
