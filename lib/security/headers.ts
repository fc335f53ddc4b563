/**
 * Security headers. Pages get a Content-Security-Policy with a fresh nonce per request from
 * proxy.ts (Next.js puts the nonce on its own inline scripts); every response, API and downloads
 * included, gets the static headers below from next.config.ts. Why nonces: docs/architecture.md.
 */

/** The policy of an HTML page. Styles allow inline: React style attributes cannot carry nonces. */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For responses that are not pages (JSON, CSV, Excel): nothing may run or frame them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** On every response. */
export const STATIC_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** Only over HTTPS (a proxy in front says so in X-Forwarded-Proto): browsers ignore it on HTTP. */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000" };
