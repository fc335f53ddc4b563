import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const artificialIntelligence: PolicyRules = {
  policy: POLICIES["artificial-intelligence"],
  clauses: [],
};
