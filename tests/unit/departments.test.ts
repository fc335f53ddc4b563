import { describe, expect, it } from "vitest";
import { departmentText } from "@/lib/departments";
import { ALL_CLAUSES } from "@/rules";

describe("lead departments in English", () => {
  it("names every clause's lead department in English, keeping the Chinese in Chinese", () => {
    for (const c of ALL_CLAUSES) {
      expect(departmentText(c.leadDepartment, "zh")).toBe(c.leadDepartment);
      expect(departmentText(c.leadDepartment, "en"), c.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("splits a list, keeping 各区、县(市)政府 whole", () => {
    expect(departmentText("市经信局,各区、县(市)政府", "en")).toBe(
      "Municipal Bureau of Economy and Information Technology; all district and county (city) governments",
    );
    expect(departmentText("某未知单位", "en")).toBe("某未知单位");
  });
});
