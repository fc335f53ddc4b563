import { BlockList, isIP } from "node:net";

export const UNKNOWN_CLIENT = "unknown";

/**
 * The header in which scripts/serve.mjs hands the connection's peer address to the app. The
 * server sets it on every request, replacing whatever a client sent under that name, so route
 * handlers, server actions and proxy.ts see the socket (Next.js gives them no other view of it).
 */
export const PEER_HEADER = "x-peer-address";

function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let a = address.trim();
  if (a.startsWith("[") && a.includes("]"))
    a = a.slice(1, a.indexOf("]")); // "[::1]:443"
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // "1.2.3.4:80"
  if (a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a : undefined;
}

/**
 * TRUSTED_PROXY: the proxies whose X-Forwarded-For to believe, as addresses or CIDR ranges
 * separated by commas ("10.0.0.5", "10.0.0.0/8, ::1"). Unset or empty: none, and the client is the
 * socket's peer whatever headers it sends. Entries that are not addresses are ignored.
 */
export function trustedProxies(env: Record<string, string | undefined> = process.env): BlockList {
  const list = new BlockList();
  for (const raw of (env.TRUSTED_PROXY ?? "").split(",")) {
    const [address, bits] = raw.trim().split("/");
    const ip = normalise(address);
    if (!ip) continue;
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    const prefix = Number(bits);
    if (bits === undefined) list.addAddress(ip, type);
    else if (Number.isInteger(prefix) && prefix >= 0 && prefix <= (type === "ipv6" ? 128 : 32))
      list.addSubnet(ip, prefix, type);
  }
  return list;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/** The connection's peer address as scripts/serve.mjs recorded it. */
export function peerAddress(headers: Headers): string | undefined {
  return normalise(headers.get(PEER_HEADER) ?? undefined);
}

/**
 * The client address for rate limits, the login throttle and the audit log: the socket's peer,
 * unless that peer is a trusted proxy (TRUSTED_PROXY), in which case X-Forwarded-For is read from
 * the right, past every trusted proxy, to the first address that is not one. Without a peer
 * address (a server other than scripts/serve.mjs) every request counts as one unknown client.
 */
export function clientIp(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string {
  const peer = peerAddress(headers);
  if (!peer) return UNKNOWN_CLIENT;
  const trusted = trustedProxies(env);
  if (!isTrusted(trusted, peer)) return peer;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalise(chain[i]);
    if (!hop) return client; // garbage in the chain: stop at the last address we could trust
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}
