import { afterAll, beforeAll, expect, vi } from "vitest";
import { setApiRateLimiter } from "@/lib/api/rate-limit";
import { problemSchema } from "@/lib/api/schemas/problem";

export const ORIGIN = "http://127.0.0.1:3000";

/** A limit no test reaches, so that only the rate-limit tests see 429. */
export function withGenerousRateLimit(): void {
  beforeAll(() => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "100000000");
    setApiRateLimiter(undefined);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    setApiRateLimiter(undefined);
  });
}

export function postJson(
  path: string,
  body: BodyInit | null,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${ORIGIN}/api/v1${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function get(path: string, headers: Record<string, string> = {}, method = "GET"): Request {
  return new Request(`${ORIGIN}/api/v1${path}`, { method, headers });
}

export const params = <P>(p: P) => ({ params: Promise.resolve(p) });

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; label: string; message: string }[];
};

/** Checks an RFC 9457 answer and returns its body. */
export async function expectProblem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as ProblemBody;
  expect(problemSchema.parse(body)).toEqual(body);
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^\/api-docs#problem-[a-z-]+$/);
  for (const text of [body.title, body.detail]) expect(text.trim()).not.toBe("");
  return body;
}

/** No stack trace, source path or module name leaks into a response. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|\/work\/|[A-Z]:\\|Error:/);
}
