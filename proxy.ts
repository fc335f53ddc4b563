import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "@/lib/security/headers";

/**
 * Every page: a Content-Security-Policy with a fresh nonce, passed to Next.js in the request's
 * headers so that its inline scripts carry it. API routes are left out (they stream bodies, which a
 * proxy would buffer) and get their headers from next.config.ts.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
