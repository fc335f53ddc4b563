import type { IsoDate, PolicyStatus, Validity } from "./types";

/** In force from `from` to `to`, both inclusive. ISO dates compare as strings. */
export function statusOn(validity: Validity, asOf: IsoDate): PolicyStatus {
  if (asOf < validity.from) return "not-yet-effective";
  if (asOf > validity.to) return "expired";
  return "in-force";
}

/** The narrower of a policy's validity and a clause's own. */
export function narrow(policy: Validity, clause?: Partial<Validity>): Validity {
  if (!clause) return policy;
  return {
    from: clause.from && clause.from > policy.from ? clause.from : policy.from,
    to: clause.to && clause.to < policy.to ? clause.to : policy.to,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
