import { expect } from "vitest";
import type { ClauseResult, Gap } from "@/lib/engine/types";

/** The clause is ineligible, and its first near miss shows the gap to the threshold. */
export function expectNearMiss(result: ClauseResult, gap: Gap): void {
  expect(result.status).toBe("ineligible");
  expect(result.nearMisses[0]?.gap).toEqual(gap);
}
