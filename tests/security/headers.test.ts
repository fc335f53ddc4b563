import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { proxy, config as proxyConfig } from "@/proxy";

// Issue 20, item 7: no CSP, frame-ancestors / X-Frame-Options, Referrer-Policy or nosniff on HTML
// pages, no nosniff on CSV downloads. Checked at the configuration level (no server started).

const PAGES = [
  "/",
  "/check",
  "/policies",
  "/policies/software",
  "/report",
  "/api-docs",
  "/staff/login",
  "/staff",
  "/staff/batch/abc",
];
const NON_PAGES = [
  "/api/v1/evaluate",
  "/api/staff/batch/abc/problems",
  "/api/staff/batch/abc/results?format=csv",
  "/api/staff/batch/template",
];

async function configHeaders(url: string, headers: Record<string, string> = {}) {
  const response = await unstable_getResponseFromNextConfig({
    url: `http://calc.test${url}`,
    nextConfig: await (typeof nextConfig === "function"
      ? (nextConfig as (phase: string, o: object) => Promise<object>)("phase-test", {})
      : nextConfig),
    headers,
  });
  return response.headers;
}

describe("every response carries the static security headers", () => {
  it.each([...PAGES, ...NON_PAGES])("%s", async (url) => {
    const h = await configHeaders(url);
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("strict-transport-security")).toBeNull();
  });

  it("HSTS only when the request came over HTTPS", async () => {
    const h = await configHeaders("/check", { "x-forwarded-proto": "https" });
    expect(h.get("strict-transport-security")).toBe("max-age=31536000");
  });

  it.each(NON_PAGES)("%s (not a page) may run nothing and be framed by nothing", async (url) => {
    expect((await configHeaders(url)).get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
  });
});

describe("pages get a strict CSP with a fresh nonce", () => {
  const matcher = new RegExp(
    `^${proxyConfig.matcher[0]!.source.replace("/((?!", "/(?!(?:").replace(").*)", ")).*")}$`,
  );

  it.each(PAGES)("%s", (url) => {
    expect(matcher.test(url)).toBe(true);
    const response = proxy(new NextRequest(`http://calc.test${url}`));
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Next.js reads the nonce from the request's CSP header to put it on its inline scripts.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("a new nonce on every request", () => {
    const a = proxy(new NextRequest("http://calc.test/check")).headers.get(
      "content-security-policy",
    );
    const b = proxy(new NextRequest("http://calc.test/check")).headers.get(
      "content-security-policy",
    );
    expect(a).not.toBe(b);
  });

  it.each(NON_PAGES)("%s is not proxied (bodies stream straight to the route)", (url) => {
    expect(matcher.test(url.split("?")[0]!)).toBe(false);
  });
});
