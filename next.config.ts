import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
};

export default withNextIntl(nextConfig);
