import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const visualIntelligence: PolicyRules = {
  policy: POLICIES["visual-intelligence"],
  clauses: [],
};
