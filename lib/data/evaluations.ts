import "server-only";
import { evaluate, type Registry } from "@/lib/engine/evaluate";
import type { Round } from "@/lib/engine/round";
import type { EvaluationResult } from "@/lib/engine/types";
import { storedResult } from "@/lib/evaluations/stored-result";
import { todayInHangzhou } from "@/lib/today";
import type { Profile } from "@/lib/profile/schema";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { canSeeCentre } from "@/lib/auth/actor";
import { registry } from "@/rules";
import { recordAudit } from "./audit";
import { clientsNotOnCurrentRules, getClient, parseStoredProfile } from "./clients";
import { db, toNumber } from "./db";
import { transaction } from "./transaction";

export type EvaluationSummary = {
  id: string;
  clientId: string;
  /** The day the evaluation was made. */
  asOf: string;
  /** The application round (申报年度) evaluated. */
  round: number;
  rulesVersion: string;
  totalMin: number;
  totalMax: number;
  eligibleCount: number;
  createdByName: string;
  createdAt: Date;
};

export type EvaluationDetail = EvaluationSummary & {
  clientName: string;
  clientCreditCode: string | null;
  centreId: string;
  centreName: string;
  profile: Profile;
  result: EvaluationResult;
};

/** Clients evaluated per request of reevaluateNotOnCurrentRules. */
export const REEVALUATE_AT_ONCE = 100;

/**
 * Saves a new evaluation for `round` for up to REEVALUATE_AT_ONCE of the actor's clients that have
 * none under the rules in force (newest first); says how many were evaluated and how many remain.
 * A client deleted meanwhile is skipped.
 */
export async function reevaluateNotOnCurrentRules(
  actor: Actor,
  round: Round,
  centreId?: string,
): Promise<{ evaluated: number; remaining: number }> {
  const { ids, total } = await clientsNotOnCurrentRules(actor, {
    centreId,
    limit: REEVALUATE_AT_ONCE,
  });
  let evaluated = 0;
  for (const id of ids) {
    try {
      await saveEvaluation(actor, id, round);
      evaluated += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return { evaluated, remaining: total - evaluated };
}

/**
 * Evaluates the client's current profile for `round` with the rules in force and saves the
 * profile, the round, the day, the rules version and the full result. `expectedVersion`, when
 * given, must still be the client's version (the evaluation is of what the user saw). `rules` is
 * the registry in force (tests pass another edition).
 */
export async function saveEvaluation(
  actor: Actor,
  clientId: string,
  round: Round,
  expectedVersion?: number,
  rules: Registry = registry,
): Promise<{ id: string }> {
  const current = await getClient(actor, clientId);
  if (current.deletedAt) throw new ConflictError("wrong-state", "deleted");
  // A walk-in is advised on its profile alone, but what is saved must name the enterprise.
  if (!current.creditCode) throw new ConflictError("credit-code-needed");
  if (expectedVersion !== undefined && expectedVersion !== current.version)
    throw new ConflictError("stale-version");
  const result = evaluate(rules, current.profile, round);
  const asOf = todayInHangzhou();
  const client = await db();
  return transaction(client, async (tx) => {
    const saved = await tx.evaluation.create({
      data: {
        clientId,
        asOf,
        round: round.year,
        rulesVersion: result.rulesVersion,
        profileJson: JSON.stringify(current.profile),
        resultJson: JSON.stringify(result),
        totalMin: BigInt(result.totals.overall.min),
        totalMax: BigInt(result.totals.overall.max),
        eligibleCount: result.clauses.filter((c) => c.status === "eligible" && c.forApplicant)
          .length,
        createdById: actor.id,
        createdByName: actor.name,
      },
    });
    await recordAudit(
      {
        actor,
        action: "evaluate",
        entity: "evaluation",
        entityId: saved.id,
        centreId: current.centreId,
        summary: `评估客户 ${current.name}（${round.year} 年申报，${round.eventYear} 年度事项）`,
        detail: { clientId, rulesVersion: result.rulesVersion },
      },
      tx,
    );
    return { id: saved.id };
  });
}

type Row = {
  id: string;
  clientId: string;
  asOf: string;
  round: number;
  rulesVersion: string;
  totalMin: bigint;
  totalMax: bigint;
  eligibleCount: number;
  createdByName: string;
  createdAt: Date;
};

const toSummary = (e: Row): EvaluationSummary => ({
  id: e.id,
  clientId: e.clientId,
  asOf: e.asOf,
  round: e.round,
  rulesVersion: e.rulesVersion,
  totalMin: toNumber(e.totalMin),
  totalMax: toNumber(e.totalMax),
  eligibleCount: e.eligibleCount,
  createdByName: e.createdByName,
  createdAt: e.createdAt,
});

/** A client's saved evaluations, newest first. */
export async function listEvaluations(actor: Actor, clientId: string): Promise<EvaluationSummary[]> {
  await getClient(actor, clientId);
  const client = await db();
  const rows = await client.evaluation.findMany({
    where: { clientId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    omit: { resultJson: true, profileJson: true },
  });
  return rows.map(toSummary);
}

export async function getEvaluation(actor: Actor, id: string): Promise<EvaluationDetail> {
  const client = await db();
  const row = await client.evaluation.findUnique({
    where: { id },
    include: { client: { include: { centre: { select: { name: true } } } } },
  });
  if (!row) throw new NotFoundError();
  if (!canSeeCentre(actor, row.client.centreId)) throw new ForbiddenError();
  return {
    ...toSummary(row),
    clientName: row.client.name,
    clientCreditCode: row.client.creditCode,
    centreId: row.client.centreId,
    centreName: row.client.centre.name,
    profile: parseStoredProfile(row.profileJson),
    result: storedResult(row.resultJson, row.round),
  };
}

const EXPORT_VERB = { json: "导出", print: "打印", excel: "导出 Excel " } as const;

/** Records that a saved evaluation left the system (JSON download, printed report). */
export async function recordEvaluationExport(
  actor: Actor,
  evaluation: Pick<EvaluationDetail, "id" | "centreId" | "clientName">,
  format: "json" | "print" | "excel",
): Promise<void> {
  await recordAudit({
    actor,
    action: "export",
    entity: "evaluation",
    entityId: evaluation.id,
    centreId: evaluation.centreId,
    summary: `${EXPORT_VERB[format]}评估报告：${evaluation.clientName}`,
    detail: { format },
  });
}
