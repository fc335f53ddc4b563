import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const greenEnergy: PolicyRules = {
  policy: POLICIES["green-energy"],
  clauses: [],
};
