import { describe, expect, it } from "vitest";
import { POLICY_KEYS } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const zhLeaves = leaves(zh);
const enLeaves = leaves(en);

describe("interface messages", () => {
  it("has the same keys in Chinese and English", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  it("has no empty message in either language", () => {
    for (const [key, value] of [...zhLeaves, ...enLeaves]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("names the product 政策计算器 in Chinese", () => {
    expect(zh.header.productName).toBe("政策计算器");
    expect(zh.home.start).toBe("开始自测");
  });

  it("names the nine “5+X” policies (one list: rules/policies.ts)", () => {
    expect(POLICY_KEYS.map((key) => POLICIES[key].shortName.zh)).toEqual([
      "生物医药",
      "高端装备",
      "新材料",
      "绿色能源",
      "集成电路",
      "软件和信息技术服务",
      "人工智能",
      "视觉智能",
      "合成生物",
    ]);
  });
});
