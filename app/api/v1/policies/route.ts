import { roundFromQuery } from "@/lib/api/as-of";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { policyList } from "@/lib/api/serialise-rules";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** GET /api/v1/policies[?round=YYYY | ?asOf=YYYY-MM-DD] → the nine policies. */
export const GET = apiRoute(({ request, lang }) => {
  const chosen = roundFromQuery(request, lang);
  if (!chosen.ok) return validationProblem([chosen.error], lang);
  return jsonResponse(policyList(registry, chosen.round));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
