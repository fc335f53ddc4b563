import type { Text } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { resolveFact } from "@/lib/profile/facts";
import { factLabel as labelOf } from "@/lib/profile/labels";
import { POLICIES } from "@/rules/policies";
import type { MissingFact } from "./summary";

/** The reminders as a centre's webhook receives them (see README "提醒 / Reminders"). */
export type ReminderClientJson = { readonly name: string; readonly creditCode: string | null };

type Source = {
  readonly day: string;
  readonly rulesVersion: string;
  readonly threshold: number;
  readonly claimable: {
    readonly count: number;
    readonly fixed: number;
    readonly upTo: number;
    readonly toWin: number;
    readonly clients: readonly (ReminderClientJson & { readonly atStake: number })[];
  };
  readonly ending: readonly {
    readonly policy: PolicyKey;
    readonly lastDay: string;
    readonly days: number;
    readonly count: number;
    readonly clients: readonly (ReminderClientJson & { readonly amount: number })[];
  }[];
  readonly notOnCurrentRules: {
    readonly count: number;
    readonly clients: readonly (ReminderClientJson & { readonly never: boolean })[];
  };
  readonly needsInfo: {
    readonly count: number;
    readonly clients: readonly (ReminderClientJson & {
      readonly ceiling: number;
      readonly clauses: number;
      readonly missing: readonly MissingFact[];
    })[];
  };
};

const client = (c: ReminderClientJson) => ({ name: c.name, creditCode: c.creditCode });

function factLabel(path: string): Text {
  return resolveFact(path)
    ? { zh: labelOf(path, "zh"), en: labelOf(path, "en") }
    : { zh: path, en: path };
}

/**
 * The day's reminders as JSON: names, credit codes and amounts in yuan (integers), policies and
 * facts by name in both languages; no database ids.
 */
export function webhookPayload(centre: string, r: Source) {
  return {
    centre,
    day: r.day,
    rulesVersion: r.rulesVersion,
    claimable: {
      clients: r.claimable.count,
      fixedYuan: r.claimable.fixed,
      upToYuan: r.claimable.upTo,
      toWinYuan: r.claimable.toWin,
      top: r.claimable.clients.map((c) => ({ ...client(c), atStakeYuan: c.atStake })),
    },
    endingPolicies: r.ending.map((p) => ({
      policy: POLICIES[p.policy].shortName,
      lastDay: p.lastDay,
      daysLeft: p.days,
      clients: p.count,
      top: p.clients.map((c) => ({ ...client(c), amountYuan: c.amount })),
    })),
    notOnCurrentRules: {
      clients: r.notOnCurrentRules.count,
      top: r.notOnCurrentRules.clients.map((c) => ({ ...client(c), neverEvaluated: c.never })),
    },
    needsInfo: {
      thresholdYuan: r.threshold,
      clients: r.needsInfo.count,
      top: r.needsInfo.clients.map((c) => ({
        ...client(c),
        statedCeilingYuan: c.ceiling,
        clauses: c.clauses,
        missingFacts: c.missing.map((m) => ({ fact: factLabel(m.path), clauses: m.clauses })),
      })),
    },
  };
}

export type WebhookPayload = ReturnType<typeof webhookPayload>;
