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
 * Profiles of version 1 (“本年度 / 上年度” figures and a reporting year) are still accepted and
 * upgraded, with notice (RFC 9745: deprecated since 2026-12-06; the link says what replaces them).
 */
const PROFILE_V1_DEPRECATION = {
  Deprecation: `@${Date.UTC(2026, 11, 6) / 1000}`,
  Link: '</api/v1/profile-schema>; rel="deprecation"; type="application/schema+json"',
};

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
  const result = evaluate(registry, parsed.request.profile, round);
  return jsonResponse(
    result,
    parsed.request.profileVersion === 1 ? { headers: PROFILE_V1_DEPRECATION } : {},
  );
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
