import { asOfFromQuery } from "@/lib/api/as-of";
import { clauseIdFromSegments } from "@/lib/api/clause-id";
import { apiRouteWithParams, otherMethods } from "@/lib/api/handler";
import { notFoundProblem, validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { clauseDetail } from "@/lib/api/serialise-rules";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** GET /api/v1/clauses/biomedicine/3 (or biomedicine%2F3)[?asOf=YYYY-MM-DD] → one clause. */
export const GET = apiRouteWithParams<{ id: string[] }>(({ request, lang }, { id }) => {
  const date = asOfFromQuery(request, lang);
  if (!date.ok) return validationProblem([date.error], lang);
  const clauseId = clauseIdFromSegments(id);
  const found = clauseDetail(registry, clauseId, date.asOf);
  return found ? jsonResponse(found) : notFoundProblem("clause", clauseId, lang);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
