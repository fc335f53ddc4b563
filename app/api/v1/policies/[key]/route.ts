import { roundFromQuery } from "@/lib/api/as-of";
import { apiRouteWithParams, otherMethods } from "@/lib/api/handler";
import { notFoundProblem, validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { policyDetail } from "@/lib/api/serialise-rules";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** GET /api/v1/policies/{key}[?round=YYYY | ?asOf=YYYY-MM-DD] → one policy with its clauses. */
export const GET = apiRouteWithParams<{ key: string }>(({ request, lang }, { key }) => {
  const chosen = roundFromQuery(request, lang);
  if (!chosen.ok) return validationProblem([chosen.error], lang);
  const found = policyDetail(registry, key, chosen.round);
  return found ? jsonResponse(found) : notFoundProblem("policy", key, lang);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
