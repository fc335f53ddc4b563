import { getAt } from "@/lib/browser/json-path";
import { BENEFICIARIES, type Beneficiary } from "@/lib/engine/types";

/** The applicant's roles in a draft profile, as the schema defaults them (企业). */
export function rolesOf(value: unknown): Beneficiary[] {
  const roles = getAt(value, ["enterprise", "roles"]);
  if (!Array.isArray(roles)) return ["enterprise"];
  return roles.filter((r): r is Beneficiary => (BENEFICIARIES as readonly string[]).includes(r));
}
