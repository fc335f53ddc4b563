import { describe, expect, it } from "vitest";
import { articleText, chineseNumeral, clauseCitation } from "@/lib/citation";
import { ALL_CLAUSES } from "@/rules";

describe("chineseNumeral", () => {
  it.each([
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十五", 25],
  ])("%s is %i", (text, n) => expect(chineseNumeral(text)).toBe(n));
  it("is undefined for what is not a numeral", () => {
    expect(chineseNumeral("3")).toBeUndefined();
    expect(chineseNumeral("三三")).toBeUndefined();
  });
});

describe("articleText", () => {
  it("names an item, a section and a point in both languages", () => {
    expect(articleText("（三）", "zh")).toBe("第（三）条");
    expect(articleText("（三）", "en")).toBe("Art. (3)");
    expect(articleText("二、", "zh")).toBe("第二部分");
    expect(articleText("二、", "en")).toBe("Section 2");
    expect(articleText("三、（二）", "en")).toBe("Section 3, art. (2)");
    expect(articleText("二、（五）3.", "zh")).toBe("第二部分第（五）条第 3 点");
    expect(articleText("四、（四）12.", "en")).toBe("Section 4, art. (4), point 12");
    expect(articleText("（二十三）", "en")).toBe("Art. (23)");
  });

  it("leaves no Chinese in English for any clause of the registry", () => {
    for (const c of ALL_CLAUSES)
      expect(articleText(c.article, "en"), c.id).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });
});

it("cites a clause by policy, article and page", () => {
  const c = { policy: "biomedicine" as const, article: "（三）", page: 3 };
  expect(clauseCitation(c, "zh")).toBe("生物医药 · 第（三）条 · 第 3 页");
  expect(clauseCitation(c, "en")).toBe("Biomedicine · Art. (3) · p. 3");
});
