import { roundFromQuery } from "@/lib/api/as-of";
import { clauseIdFromSegments } from "@/lib/api/clause-id";
import { apiRouteWithParams, otherMethods } from "@/lib/api/handler";
import { notFoundProblem, validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { clauseDetail } from "@/lib/api/serialise-rules";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** GET /api/v1/clauses/biomedicine/3 (or biomedicine%2F3)[?round=YYYY | ?asOf=YYYY-MM-DD] → one clause. */
export const GET = apiRouteWithParams<{ id: string[] }>(({ request, lang }, { id }) => {
  const chosen = roundFromQuery(request, lang);
  if (!chosen.ok) return validationProblem([chosen.error], lang);
  const clauseId = clauseIdFromSegments(id);
  const found = clauseDetail(registry, clauseId, chosen.round);
  return found ? jsonResponse(found) : notFoundProblem("clause", clauseId, lang);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
