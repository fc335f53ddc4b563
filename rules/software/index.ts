import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const software: PolicyRules = {
  policy: POLICIES["software"],
  clauses: [],
};
