import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { makeCentre, freshStaffDatabase } from "@/tests/integration/staff/support";

// Issue 20, items 6 and 8: bad ids, page numbers and search text get answers, never a 500.
await freshStaffDatabase("security-input");
const clients = await import("@/lib/data/clients");

const profile = profileSchema.parse({ enterprise: { industries: ["software"] } });

describe("client search takes % and _ literally", () => {
  it("'100%' finds 100%纯 but not 100X纯; '_' finds only names with an underscore", async () => {
    const { staff } = await makeCentre("Wildcards");
    await clients.createClient(staff, {
      name: "杭州100%纯科技有限公司",
      creditCode: withCheckChar("91330110MA2900101"),
      profile,
    });
    await clients.createClient(staff, {
      name: "杭州100X纯科技有限公司",
      creditCode: withCheckChar("91330110MA2900102"),
      profile,
    });
    await clients.createClient(staff, {
      name: "杭州a_b科技有限公司",
      creditCode: withCheckChar("91330110MA2900103"),
      profile,
    });
    const names = async (q: string) =>
      (await clients.listClients(staff, { q })).items.map((c) => c.name).sort();
    expect(await names("100%")).toEqual(["杭州100%纯科技有限公司"]);
    expect(await names("_")).toEqual(["杭州a_b科技有限公司"]);
    expect(await names("%")).toEqual(["杭州100%纯科技有限公司"]);
  });
});

describe("page numbers", () => {
  it("a page far past the end (99999999999999999999) is an empty page, not an error", async () => {
    const { staff } = await makeCentre("Pages");
    const page = await clients.listClients(staff, { page: 99999999999999999999 });
    expect(page.items).toEqual([]);
  });
});

describe("the login's next target", async () => {
  const { safeNext } = await import("@/lib/auth/session");
  it.each([
    ["/staff?q=杭州", "/staff?q=%E6%9D%AD%E5%B7%9E"],
    ["/staff/clients/abc", "/staff/clients/abc"],
    ["/staff\r\nSet-Cookie: x=1", "/staff"],
    ["/staff/%0d%0aX: y", "/staff/%0d%0aX:%20y"],
    ["//evil.example/staff", "/staff"],
    ["https://evil.example/staff", "/staff"],
    ["/\\evil.example", "/staff"],
    ["/staffevil", "/staff"],
    ["/staff/login?next=/staff", "/staff"],
    ["/staff/../api/v1", "/staff"],
  ])("%j → %j", (next, target) => {
    expect(safeNext(next)).toBe(target);
  });
});

describe("foreign keys", () => {
  it("creating an account in an unknown centre is 'not found', not a database error", async () => {
    const { makeAdmin } = await import("@/tests/integration/staff/support");
    const { createStaff } = await import("@/lib/data/accounts");
    const { NotFoundError } = await import("@/lib/data/errors");
    const admin = await makeAdmin();
    await expect(
      createStaff(admin, {
        email: "nobody@example.org",
        name: "无中心",
        role: "staff",
        centreId: "no-such-centre",
        password: "a long enough passphrase",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
