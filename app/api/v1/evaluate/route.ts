import { evaluate } from "@/lib/engine/evaluate";
import { parseEvaluateRequest } from "@/lib/api/evaluate-request";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/read-json-body";
import { bodyProblem, validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { currentRound } from "@/lib/rounds";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/evaluate { profile, round? | asOf? } → the engine's result, as the CLI prints it.
 * Without round or asOf: the round open or next to open today in Hangzhou.
 */
export const POST = apiRoute(async ({ request, lang }) => {
  const body = await readJsonBody(request);
  if (!body.ok) return bodyProblem(body, lang);
  const parsed = parseEvaluateRequest(body.value, lang);
  if (!parsed.ok) return validationProblem(parsed.errors, lang);
  const round = parsed.request.round ?? currentRound();
  return jsonResponse(evaluate(registry, parsed.request.profile, round));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
