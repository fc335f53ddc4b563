import { isIP } from "node:net";

export const UNKNOWN_CLIENT = "unknown";

/**
 * TRUSTED_PROXY=1 (or N for N proxies in a row) says that the app runs behind proxies that append
 * the address they saw to X-Forwarded-For. Anything else: no proxy is trusted.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.TRUSTED_PROXY?.trim() || "0");
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let a = address.trim();
  if (a.startsWith("[") && a.includes("]"))
    a = a.slice(1, a.indexOf("]")); // "[::1]:443"
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // "1.2.3.4:80"
  if (a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a : undefined;
}

function forwardedChain(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The peer address of the connection as Next.js records it: `next start` writes the socket's
 * remote address into X-Forwarded-For when the request carries none. Next.js gives route handlers
 * no other view of the socket, so a direct client that sends its own single-address header is
 * taken at its word; behind a proxy, set TRUSTED_PROXY instead.
 */
export function remoteAddress(headers: Headers): string | undefined {
  const chain = forwardedChain(headers);
  return chain.length === 1 ? normalise(chain[0]) : undefined;
}

/**
 * The client address used as the rate-limit key. With TRUSTED_PROXY=N the address N entries from
 * the end of X-Forwarded-For (the one the outermost trusted proxy saw; entries before it are the
 * client's own claims); otherwise the connection's remote address; otherwise "unknown".
 */
export function clientIp(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string {
  const hops = trustedProxyHops(env);
  if (hops > 0) {
    const chain = forwardedChain(headers);
    if (chain.length > 0)
      return normalise(chain[Math.max(0, chain.length - hops)]) ?? UNKNOWN_CLIENT;
  }
  return remoteAddress(headers) ?? UNKNOWN_CLIENT;
}
