import "server-only";
import { basisOn, evaluateOn, type WorklistBasis } from "@/lib/dashboard/basis";
import { atStakeOf, summarise, type WorklistSummary } from "@/lib/dashboard/summary";
import type { Registry } from "@/lib/engine/evaluate";
import type { IsoDate } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { todayInHangzhou } from "@/lib/today";
import { registry } from "@/rules";
import type { Tx } from "./db";

/**
 * Writing a client's worklist entry: the summary of its current profile under the rules in force
 * on today's basis. Saving a profile writes it in the same transaction, so the worklist's first
 * read finds it current; reads and the scheduler compute the ones a rules or basis change made stale.
 */

export type EntrySource = {
  readonly clientId: string;
  readonly centreId: string;
  /** The client's version once the save is done. */
  readonly clientVersion: number;
  readonly profile: Profile;
};

export type ComputedEntry = Omit<EntrySource, "profile"> & { readonly summary: WorklistSummary };

export function computeEntry(
  source: EntrySource,
  rules: Registry,
  basis: WorklistBasis,
): ComputedEntry {
  const { profile, ...rest } = source;
  return { ...rest, summary: summarise(evaluateOn(rules, profile, basis)) };
}

/** Replaces the entries of these clients (at most a few hundred per call: one IN list). */
export async function writeEntries(
  tx: Tx,
  entries: readonly ComputedEntry[],
  rulesVersion: string,
  basis: WorklistBasis,
): Promise<void> {
  if (!entries.length) return;
  await tx.worklistEntry.deleteMany({ where: { clientId: { in: entries.map((e) => e.clientId) } } });
  await tx.worklistEntry.createMany({
    data: entries.map((e) => ({
      clientId: e.clientId,
      centreId: e.centreId,
      clientVersion: e.clientVersion,
      rulesVersion,
      basis: basis.key,
      atStake: BigInt(atStakeOf(e.summary)),
      summaryJson: JSON.stringify(e.summary),
    })),
  });
}

/** Clients per IN list when entries are written. */
export const ENTRY_CHUNK = 500;

/** Computes and writes the entries of saved profiles, inside the save's transaction. */
export async function precomputeEntries(
  tx: Tx,
  sources: readonly EntrySource[],
  options: { rules?: Registry; today?: IsoDate } = {},
): Promise<void> {
  const rules = options.rules ?? registry;
  const basis = basisOn(options.today ?? todayInHangzhou(), rules);
  for (let i = 0; i < sources.length; i += ENTRY_CHUNK) {
    const entries = sources.slice(i, i + ENTRY_CHUNK).map((s) => computeEntry(s, rules, basis));
    await writeEntries(tx, entries, rules.version, basis);
  }
}
