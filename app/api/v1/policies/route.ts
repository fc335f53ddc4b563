import { asOfFromQuery } from "@/lib/api/as-of";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { validationProblem } from "@/lib/api/request-problems";
import { jsonResponse } from "@/lib/api/respond";
import { policyList } from "@/lib/api/serialise-rules";
import { registry } from "@/rules";

export const dynamic = "force-dynamic";

/** GET /api/v1/policies[?asOf=YYYY-MM-DD] → the nine policies. */
export const GET = apiRoute(({ request, lang }) => {
  const date = asOfFromQuery(request, lang);
  if (!date.ok) return validationProblem([date.error], lang);
  return jsonResponse(policyList(registry, date.asOf));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
