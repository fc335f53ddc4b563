import { describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER, peerAddress } from "@/lib/api/client-ip";

const headers = (peer?: string, xff?: string) => {
  const h = new Headers();
  if (peer !== undefined) h.set(PEER_HEADER, peer);
  if (xff !== undefined) h.set("x-forwarded-for", xff);
  return h;
};

describe("clientIp without a trusted proxy", () => {
  const env = {};
  it("is the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(clientIp(headers("198.51.100.4"), env)).toBe("198.51.100.4");
    expect(clientIp(headers("198.51.100.4", "6.6.6.6"), env)).toBe("198.51.100.4");
    expect(clientIp(headers("::ffff:127.0.0.1"), env)).toBe("127.0.0.1");
    expect(clientIp(headers("::1", "1.1.1.1, 2.2.2.2"), env)).toBe("::1");
  });
  it("is unknown without a peer address (a server other than scripts/serve.mjs), or garbage", () => {
    expect(clientIp(headers(undefined, "198.51.100.4"), env)).toBe("unknown");
    expect(clientIp(headers("not-an-ip"), env)).toBe("unknown");
  });
});

describe("clientIp with TRUSTED_PROXY naming the proxies", () => {
  it("believes X-Forwarded-For only when the peer is a trusted proxy", () => {
    const env = { TRUSTED_PROXY: "10.0.0.5" };
    expect(clientIp(headers("10.0.0.5", "203.0.113.1"), env)).toBe("203.0.113.1");
    expect(clientIp(headers("10.0.0.6", "203.0.113.1"), env)).toBe("10.0.0.6");
  });
  it("takes the address the proxy appended, not the ones the client claimed before it", () => {
    const env = { TRUSTED_PROXY: "10.0.0.5" };
    expect(clientIp(headers("10.0.0.5", "6.6.6.6, 203.0.113.1"), env)).toBe("203.0.113.1");
    expect(clientIp(headers("10.0.0.5", " 203.0.113.1:5000 "), env)).toBe("203.0.113.1");
    expect(clientIp(headers("10.0.0.5", "[2001:db8::1]:443"), env)).toBe("2001:db8::1");
  });
  it("walks past every trusted proxy, named by address or range", () => {
    const env = { TRUSTED_PROXY: "10.0.0.0/8, ::1" };
    expect(clientIp(headers("::1", "6.6.6.6, 203.0.113.1, 10.0.0.2"), env)).toBe("203.0.113.1");
  });
  it("is the proxy itself when it forwards nothing", () => {
    expect(clientIp(headers("10.0.0.5"), { TRUSTED_PROXY: "10.0.0.5" })).toBe("10.0.0.5");
  });
  it("ignores entries that are not addresses", () => {
    const env = { TRUSTED_PROXY: "yes, 1, 10.0.0.0/99" };
    expect(clientIp(headers("10.0.0.5", "203.0.113.1"), env)).toBe("10.0.0.5");
  });
});

describe("peerAddress", () => {
  it("reads the header scripts/serve.mjs sets", () => {
    expect(peerAddress(headers("[::1]:80"))).toBe("::1");
    expect(peerAddress(headers())).toBeUndefined();
  });
});
