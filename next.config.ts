import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS, NON_PAGE_CSP, STATIC_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers 403 to staff of another service centre.
  experimental: { authInterrupts: true },
  // The build checks the app's code; `npm test` type-checks everything, tests included (tsc).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // Native and server-side packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  // Security headers on every response (pages add their CSP with a nonce in proxy.ts).
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [HSTS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
