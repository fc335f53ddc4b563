import { fact } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import type { Scope } from "../shared/scope";

export const SCOPE_READS = ["software.qualifiedSoftwareEnterprise"] as const;

const QUALIFIED = t(
  "符合工信部等四部门公告（2021 年第 10 号）条件的软件企业",
  "a software enterprise meeting announcement 2021 No. 10",
);

/**
 * 一、适用范围: the policy applies to registered software enterprises whose main business is software
 * and which meet the conditions of MIIT/NDRC/MOF/STA announcement 2021 No. 10.
 */
export const qualifiedSoftwareEnterprise = (p: EventProfile): Condition =>
  fact(QUALIFIED, p.software?.qualifiedSoftwareEnterprise, SCOPE_READS);

/** 一、适用范围 as the scope of the clauses for enterprises. */
export const SOFTWARE_ENTERPRISE: Scope = {
  reads: SCOPE_READS,
  condition: qualifiedSoftwareEnterprise,
};
