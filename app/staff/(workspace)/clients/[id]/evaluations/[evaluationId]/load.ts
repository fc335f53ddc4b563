import "server-only";
import { notFound } from "next/navigation";
import { guard, requireStaff } from "@/lib/auth/session";
import { getEvaluation } from "@/lib/data/evaluations";

/** The saved evaluation of the URL, checked against the session and the client in the URL. */
export async function loadEvaluation(
  params: Promise<{ id: string; evaluationId: string }>,
  suffix = "",
) {
  const { id, evaluationId } = await params;
  const session = await requireStaff(`/staff/clients/${id}/evaluations/${evaluationId}${suffix}`);
  const evaluation = await guard(getEvaluation(session.actor, evaluationId));
  if (evaluation.clientId !== id) notFound();
  return { ...session, evaluation, clientId: id };
}
