import { describe, expect, it, vi } from "vitest";
import { allowHeader, apiRoute, apiRouteWithParams, otherMethods } from "@/lib/api/handler";
import { preferredLang } from "@/lib/api/lang";
import { expectNoInternals, expectProblem, get, params, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

describe("apiRoute: an unexpected error", () => {
  it("becomes a 500 problem with an id to quote; the stack stays in the server log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const boom = apiRoute(() => {
      throw new Error("ENOENT: no such file /work/main/rules/secret.ts");
    });
    const response = await boom(get("/evaluate"));
    const text = await response.clone().text();
    const problem = await expectProblem(response, 500);
    expect(problem.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(problem.detail).toContain(problem.instance!.slice("urn:uuid:".length));
    expectNoInternals(text);
    expect(text).not.toContain("secret");
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]!.join(" "))).toContain(
      problem.instance!.slice("urn:uuid:".length),
    );
    log.mockRestore();
  });

  it("in a route with params too, also when awaiting the params fails", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = apiRouteWithParams<{ id: string }>(() => new Response("never"));
    const params = Promise.reject(new Error("bad params"));
    // The route awaits it only after the rate limiter, which on PostgreSQL is a database round
    // trip: mark it handled so Node does not report it as unhandled meanwhile.
    params.catch(() => undefined);
    const response = await route(get("/x", { "accept-language": "en" }), { params });
    const problem = await expectProblem(response, 500);
    expect(problem.title).toBe("Internal server error");
    log.mockRestore();
  });

  it("passes the awaited params to the handler", async () => {
    const route = apiRouteWithParams<{ id: string[] }>((_, { id }) => Response.json(id));
    expect(await (await route(get("/x"), params({ id: ["a", "b"] }))).json()).toEqual(["a", "b"]);
  });
});

describe("otherMethods", () => {
  it("answers the methods a route does not serve with 405 and Allow", async () => {
    const handlers = otherMethods(["GET"]);
    expect(Object.keys(handlers).sort()).toEqual(["DELETE", "OPTIONS", "PATCH", "POST", "PUT"]);
    const response = await handlers.DELETE(get("/policies", { "accept-language": "en" }, "DELETE"));
    const problem = await expectProblem(response, 405);
    expect(problem.detail).toBe("DELETE is not supported here. Allowed: GET, HEAD, OPTIONS.");
  });
  it("Allow lists HEAD with GET and always OPTIONS", () => {
    expect(allowHeader(["GET"])).toBe("GET, HEAD, OPTIONS");
    expect(allowHeader(["POST"])).toBe("OPTIONS, POST");
  });
});

describe("preferredLang", () => {
  it.each([
    [null, "zh"],
    ["", "zh"],
    ["*", "zh"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["en;q=0.5, zh;q=0.8", "zh"],
    ["fr-FR, en;q=0.4", "en"],
    ["de", "zh"],
    ["en;q=0", "zh"],
  ])("%j → %s", (header, lang) => {
    expect(preferredLang(header)).toBe(lang);
  });
});
