import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const integratedCircuits: PolicyRules = {
  policy: POLICIES["integrated-circuits"],
  clauses: [],
};
