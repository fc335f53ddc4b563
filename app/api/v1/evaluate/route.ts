import { evaluate } from "@/lib/engine/evaluate";
import { parseEvaluateRequest } from "@/lib/api/evaluate-request";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/read-json-body";
import { bodyProblem, validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { todayInHangzhou } from "@/lib/today";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** POST /api/v1/evaluate { profile, asOf? } → the engine's result, as the CLI prints it. */
export const POST = apiRoute(async ({ request, lang }) => {
  const body = await readJsonBody(request);
  if (!body.ok) return bodyProblem(body, lang);
  const parsed = parseEvaluateRequest(body.value, lang);
  if (!parsed.ok) return validationProblem(parsed.errors, lang);
  const asOf = parsed.request.asOf ?? todayInHangzhou();
  return jsonResponse(evaluate(registry, parsed.request.profile, asOf));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
