import fc from "fast-check";
import type { z } from "zod";
import { metaOf } from "@/lib/profile/facts";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { zodDef as defOf } from "@/lib/profile/zod-def";

/** Realistic magnitudes: money in a few scales so thresholds (万, 千万, 亿) are crossed both ways. */
const money = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 1_000_000, max: 100_000_000 }),
  fc.integer({ min: 100_000_000, max: 20_000_000_000 }),
);

function numberArb(unit: string | undefined): fc.Arbitrary<number> {
  switch (unit) {
    case "yuan":
      return money;
    case "percent":
      return fc.integer({ min: 0, max: 100 });
    case "year":
      return fc.integer({ min: 2019, max: 2028 });
    case "count":
    case "vehicle":
      return fc.integer({ min: 0, max: 300 });
    default:
      return fc.integer({ min: 0, max: 50_000_000 });
  }
}

function arb(schema: z.ZodType, key: string, inheritedUnit?: string): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const unit = metaOf(schema)?.unit ?? inheritedUnit;
  switch (d.type) {
    case "optional":
      return fc.option(arb(d.innerType!, key, unit), { nil: undefined, freq: 3 });
    case "default":
    case "prefault":
      return arb(d.innerType!, key, unit);
    case "object": {
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(d.shape!)) rec[k] = arb(v, k);
      return fc.record(rec);
    }
    case "array":
      return fc
        .array(arb(d.element!, key), { maxLength: 3 })
        .map((xs) =>
          xs.map((x, i) =>
            x && typeof x === "object" && "id" in x ? { ...x, id: `${key}-${i}` } : x,
          ),
        );
    case "enum":
      return fc.constantFrom(...Object.values(d.entries!));
    case "literal":
      return fc.constantFrom(...d.values!);
    case "number":
      return numberArb(unit);
    case "boolean":
      return fc.boolean();
    case "string":
      return fc.constantFrom("甲", "乙", "丙", "A1");
    default:
      return fc.constant(undefined);
  }
}

/** Any valid profile, derived from the schema itself (so new facts are covered as they are added). */
export const arbitraryProfile: fc.Arbitrary<Profile> = arb(profileSchema, "root")
  .map((raw) => profileSchema.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data!);
