import { t, type Lang } from "@/lib/engine/text";
import { clientIp } from "./client-ip";
import { preferredLang } from "./lang";
import { problemResponse } from "./problem";
import { apiRateLimiter } from "./rate-limit";

export type ApiRequest = { readonly request: Request; readonly lang: Lang };

type Params = Record<string, string | string[] | undefined>;

const tooMany = (limit: number, seconds: number) =>
  t(
    `请求过于频繁：每个客户端每分钟最多 ${limit} 次请求，请 ${seconds} 秒后重试。`,
    `Too many requests: at most ${limit} requests per minute per client. Retry in ${seconds} s.`,
  );
const internal = (id: string) =>
  t(
    `处理请求时出错，请稍后重试。如问题持续，请提供问题编号 ${id}。`,
    `The request could not be processed. Please retry later; if it persists, quote problem ${id}.`,
  );
const notAllowed = (method: string, allow: string) =>
  t(
    `此地址不支持 ${method} 请求，可用的方法：${allow}。`,
    `${method} is not supported here. Allowed: ${allow}.`,
  );

async function run(
  request: Request,
  handle: (lang: Lang) => Promise<Response> | Response,
): Promise<Response> {
  const lang = preferredLang(request.headers.get("accept-language"));
  try {
    const decision = await apiRateLimiter().hit(clientIp(request.headers));
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      return problemResponse("rate-limited", lang, tooMany(decision.limit, seconds)[lang], {
        headers: {
          "Retry-After": String(seconds),
          "RateLimit-Limit": String(decision.limit),
          "RateLimit-Remaining": "0",
        },
      });
    }
    const response = await handle(lang);
    response.headers.set("RateLimit-Limit", String(decision.limit));
    response.headers.set("RateLimit-Remaining", String(decision.remaining));
    return response;
  } catch (error) {
    // The client learns an id to quote; the error and its stack stay in the server log.
    const id = crypto.randomUUID();
    console.error(
      `[api] ${request.method} ${new URL(request.url).pathname} failed (problem ${id}):`,
      error,
    );
    return problemResponse("internal-error", lang, internal(id)[lang], {
      instance: `urn:uuid:${id}`,
    });
  }
}

/**
 * A route handler of /api/v1: rate-limited per client, answers in the client's language, and
 * turns any unexpected error into a 500 problem without a stack trace or a path.
 */
export function apiRoute(handler: (req: ApiRequest) => Promise<Response> | Response) {
  return (request: Request): Promise<Response> =>
    run(request, (lang) => handler({ request, lang }));
}

/** The same for a route with dynamic segments; the handler receives the awaited params. */
export function apiRouteWithParams<P extends Params>(
  handler: (req: ApiRequest, params: P) => Promise<Response> | Response,
) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    run(request, async (lang) => handler({ request, lang }, await context.params));
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** The Allow header for a route serving `allowed` (HEAD comes with GET; OPTIONS always). */
export function allowHeader(allowed: readonly Method[]): string {
  const all = new Set<string>([...allowed, "OPTIONS"]);
  if (all.has("GET")) all.add("HEAD");
  return [...all].sort().join(", ");
}

/**
 * Handlers for every method a route does not serve: 405 with Allow and a problem body, and
 * OPTIONS answering 204 with Allow. Export them beside the route's own handlers.
 */
export function otherMethods<const A extends readonly Method[]>(allowed: A) {
  const allow = allowHeader(allowed);
  const reject = apiRoute(({ request, lang }) =>
    problemResponse("method-not-allowed", lang, notAllowed(request.method, allow)[lang], {
      headers: { Allow: allow },
    }),
  );
  const handlers: Record<string, (request: Request) => Promise<Response>> = {
    OPTIONS: async () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
  for (const method of METHODS) if (!allowed.includes(method)) handlers[method] = reject;
  return handlers as Record<
    Exclude<Method, A[number]> | "OPTIONS",
    (request: Request) => Promise<Response>
  >;
}
