import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const syntheticBiology: PolicyRules = {
  policy: POLICIES["synthetic-biology"],
  clauses: [],
};
