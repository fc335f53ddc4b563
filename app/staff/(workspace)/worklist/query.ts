import type { Actor } from "@/lib/auth/actor";
import { WORKLIST_STATUSES, type WorklistQuery, type WorklistStatus } from "@/lib/data/worklist";
import { POLICY_KEYS, type PolicyKey } from "@/lib/engine/types";
import { DISTRICTS } from "@/lib/profile/sections/common";

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The worklist's filters from a URL's query; unknown values are dropped. */
export function worklistQuery(raw: Raw, actor: Actor) {
  const policy = one(raw.policy);
  const district = one(raw.district);
  const status = one(raw.status);
  const staff = one(raw.staff)?.slice(0, 64);
  const centre = one(raw.centre)?.slice(0, 64);
  const filters = {
    policy: POLICY_KEYS.includes(policy as PolicyKey) ? (policy as PolicyKey) : undefined,
    district: (DISTRICTS as readonly string[]).includes(district ?? "") ? district : undefined,
    status: WORKLIST_STATUSES.includes(status as WorklistStatus)
      ? (status as WorklistStatus)
      : undefined,
    staff: staff || undefined,
    centre: actor.role === "admin" && centre ? centre : undefined,
  };
  const query: WorklistQuery = {
    policy: filters.policy,
    district: filters.district,
    status: filters.status,
    staffId: filters.staff,
    centreId: filters.centre,
    page: Math.max(1, Number(one(raw.page)) || 1),
  };
  /** The filters as URL parameters (for links that keep them). */
  const params = Object.fromEntries(
    Object.entries(filters).filter((e): e is [string, string] => !!e[1]),
  );
  return { query, params, qs: new URLSearchParams(params).toString() };
}
