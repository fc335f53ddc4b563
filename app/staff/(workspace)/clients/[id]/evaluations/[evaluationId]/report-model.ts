import "server-only";
import type { EvaluationDetail } from "@/lib/data/evaluations";
import type { Lang } from "@/lib/engine/text";
import { buildReport, type ReportModel } from "@/lib/report/model";
import type { Actor } from "@/lib/auth/actor";

/** The staff edition of a saved evaluation's report: the centre, the staff member printing it and the client's code. */
export function staffReportModel(actor: Actor, e: EvaluationDetail, lang: Lang): ReportModel {
  return buildReport({
    profile: e.profile,
    result: e.result,
    lang,
    printedAt: new Date().toISOString(),
    creditCode: e.clientCreditCode,
    staff: { centre: e.centreName, member: actor.name, contact: actor.email },
  });
}
