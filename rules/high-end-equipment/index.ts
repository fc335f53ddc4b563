import type { PolicyRules } from "@/lib/engine/types";
import { POLICIES } from "../policies";

export const highEndEquipment: PolicyRules = {
  policy: POLICIES["high-end-equipment"],
  clauses: [],
};
