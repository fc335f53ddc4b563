import { describe, expect, it } from "vitest";
import {
  clientFieldsSchema,
  clientVersionSchema,
  parseClient,
  withClientFacts,
} from "@/lib/clients/schema";
import { profileSchema } from "@/lib/profile/schema";

describe("a client as the form sends it", () => {
  it("is parsed with the profile's own schema; blanks are absent; the code is normalised", () => {
    const r = parseClient(
      clientFieldsSchema,
      {
        name: " 杭州甲公司 ",
        creditCode: "91350100m000100y43",
        district: "",
        contactName: "",
        notes: "  ",
        profile: { enterprise: { industries: ["software"] } },
      },
      "zh",
    );
    expect(r).toEqual({
      ok: true,
      value: {
        name: "杭州甲公司",
        creditCode: "91350100M000100Y43",
        profile: profileSchema.parse({ enterprise: { industries: ["software"] } }),
      },
    });
  });

  it("names every bad field in the user's language, profile fields with the wizard's labels", () => {
    const input = {
      name: "",
      creditCode: "91350100M000100Y44",
      district: "上海",
      profile: { enterprise: {}, finance: { 2025: { revenue: -1 } } },
    };
    const zh = parseClient(clientFieldsSchema, input, "zh");
    const en = parseClient(clientFieldsSchema, input, "en");
    if (zh.ok || en.ok) throw new Error("expected problems");
    expect(zh.problems.map((p) => [p.path, p.label])).toEqual([
      ["name", "企业名称"],
      ["creditCode", "统一社会信用代码"],
      ["district", "所在区、县（市）"],
      ["profile.finance.2025.revenue", "2025 年营业收入"],
    ]);
    expect(zh.problems[0]!.message).toBe("必填");
    expect(zh.problems[1]!.message).toBe("校验码不正确，请核对是否输错");
    expect(en.problems[1]!.message).toBe(
      "has a wrong check character; please check for typing errors",
    );
  });

  it("an edit names its record and version", () => {
    const r = parseClient(
      clientFieldsSchema.extend(clientVersionSchema.shape),
      { id: "c1", version: "3", name: "甲", creditCode: "91350100M000100Y43" },
      "zh",
    );
    expect(r.ok && r.value.version).toBe(3);
  });

  it("copies the client's name, code and district into the profile", () => {
    const p = withClientFacts(profileSchema.parse({ enterprise: { name: "旧名" } }), {
      name: "新名",
      creditCode: "91350100M000100Y43",
      district: "西湖区",
    });
    expect(p.enterprise).toMatchObject({
      name: "新名",
      creditCode: "91350100M000100Y43",
      district: "西湖区",
    });
  });
});
