import "server-only";
import { ZodError } from "zod";
import { resolveSession, type ResolvedSession } from "@/lib/data/sessions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { readCookie, SESSION_COOKIE } from "./cookie";
import { isSameOriginRequest } from "./origin";

type Params = Record<string, string | string[] | undefined>;

export type StaffRequest<P extends Params> = ResolvedSession & {
  readonly request: Request;
  readonly params: P;
};

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** A small JSON error: a code and a sentence, never any client data. */
export function jsonError(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: NO_STORE });
}

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...(init.headers ?? {}) } });
}

/**
 * A route of /api/staff: 401 without a live session, 403 for a cross-site mutation, for a
 * non-admin on an admin route and for another centre's records, 404 / 409 from the data layer.
 */
export function staffRoute<P extends Params = Params>(
  handler: (req: StaffRequest<P>) => Promise<Response>,
  options: { mutation?: boolean; admin?: boolean } = {},
) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
    const session = await resolveSession(token);
    if (!session) return jsonError(401, "unauthorized", "Log in at /staff/login.");
    if (options.mutation && !isSameOriginRequest(request.headers))
      return jsonError(403, "cross-site", "Cross-site request refused.");
    if (options.admin && session.actor.role !== "admin")
      return jsonError(403, "forbidden", "Administrators only.");
    try {
      const params = (context ? await context.params : {}) as P;
      return await handler({ ...session, request, params });
    } catch (error) {
      if (error instanceof ForbiddenError) return jsonError(403, "forbidden", "Not your centre's.");
      if (error instanceof NotFoundError) return jsonError(404, "not-found", "Not found.");
      if (error instanceof ConflictError) return jsonError(409, error.reason, error.message);
      if (error instanceof ZodError) return jsonError(400, "invalid", "Invalid request.");
      const id = crypto.randomUUID();
      console.error(
        `[staff-api] ${request.method} ${new URL(request.url).pathname} (${id})`,
        error,
      );
      return jsonError(500, "internal-error", `Something went wrong (problem ${id}).`);
    }
  };
}
