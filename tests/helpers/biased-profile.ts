import fc from "fast-check";
import { profileSchema, type Profile } from "@/lib/profile/schema";

/** Scales that move a figure across the texts' thresholds and caps both ways. */
const SCALE = fc.constantFrom(0.2, 0.5, 0.9, 1, 1.1, 2, 5, 20);

/** A key that holds a calendar year or an ordinal (kept: scaling them says nothing). */
const KEPT = /year|Year|phase|Phase|class|Class|kind|id$/;

function vary(value: unknown, key: string): fc.Arbitrary<unknown> {
  if (typeof value === "number")
    return KEPT.test(key) || !Number.isInteger(value)
      ? fc.constant(value)
      : SCALE.map((s) => Math.round(value * s));
  if (typeof value === "boolean")
    return fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.boolean());
  if (Array.isArray(value)) return fc.tuple(...value.map((v) => vary(v, key)));
  if (value && typeof value === "object") {
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(value)) rec[k] = k === "id" ? fc.constant(v) : vary(v, k);
    return fc.record(rec);
  }
  return fc.constant(value);
}

/**
 * Profiles near a realistic one (an example): its figures scaled across thresholds and caps, its
 * yes/no answers mostly yes, so that many clauses pay, cap, overlap or nearly miss — unlike
 * arbitraryProfile, whose profiles mostly fail some condition.
 */
export function biasedProfile(base: Profile): fc.Arbitrary<Profile> {
  return vary(base, "root")
    .map((raw) => profileSchema.safeParse(raw))
    .filter((r) => r.success)
    .map((r) => r.data!);
}
