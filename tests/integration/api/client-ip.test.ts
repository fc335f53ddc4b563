import { describe, expect, it } from "vitest";
import { clientIp, remoteAddress, trustedProxyHops } from "@/lib/api/client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp without a trusted proxy", () => {
  const env = {};
  it("is the socket address Next.js records when the client sent no X-Forwarded-For", () => {
    expect(clientIp(headers("198.51.100.4"), env)).toBe("198.51.100.4");
    expect(clientIp(headers("::ffff:127.0.0.1"), env)).toBe("127.0.0.1");
    expect(clientIp(headers("::1"), env)).toBe("::1");
  });
  it("does not pick an address out of a forwarded chain it has no reason to trust", () => {
    expect(clientIp(headers("1.1.1.1, 198.51.100.4"), env)).toBe("unknown");
  });
  it("is unknown when there is nothing to go on, or garbage", () => {
    expect(clientIp(headers(), env)).toBe("unknown");
    expect(clientIp(headers("not-an-ip"), env)).toBe("unknown");
  });
});

describe("clientIp with TRUSTED_PROXY=1", () => {
  const env = { TRUSTED_PROXY: "1" };
  it("takes the address the proxy appended, not the ones the client claimed before it", () => {
    expect(clientIp(headers("203.0.113.1"), env)).toBe("203.0.113.1");
    expect(clientIp(headers("6.6.6.6, 203.0.113.1"), env)).toBe("203.0.113.1");
    expect(clientIp(headers(" 203.0.113.1:5000 "), env)).toBe("203.0.113.1");
    expect(clientIp(headers("[2001:db8::1]:443"), env)).toBe("2001:db8::1");
  });
  it("with two proxies, the address the outer one saw", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.1, 10.0.0.2"), { TRUSTED_PROXY: "2" })).toBe(
      "203.0.113.1",
    );
  });
  it("is unknown without the header", () => {
    expect(clientIp(headers(), env)).toBe("unknown");
  });
});

describe("trustedProxyHops and remoteAddress", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["1", 1],
    ["3", 3],
    ["yes", 0],
    ["-1", 0],
  ])("TRUSTED_PROXY=%j → %i", (value, hops) => {
    expect(trustedProxyHops({ TRUSTED_PROXY: value })).toBe(hops);
  });
  it("remoteAddress reads a single address only", () => {
    expect(remoteAddress(headers("10.1.2.3"))).toBe("10.1.2.3");
    expect(remoteAddress(headers("10.1.2.3, 10.1.2.4"))).toBeUndefined();
  });
});
