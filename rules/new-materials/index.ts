import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const newMaterials: PolicyRules = {
  policy: POLICIES["new-materials"],
  clauses: [],
};
