import { apiRoute } from "@/lib/api/handler";
import { notFoundProblem } from "@/lib/api/request-problems";

export const dynamic = "force-dynamic";

/** Any other path under /api/v1: a 404 problem rather than the HTML page. */
const notFound = apiRoute(({ request, lang }) =>
  notFoundProblem("route", new URL(request.url).pathname, lang),
);

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
