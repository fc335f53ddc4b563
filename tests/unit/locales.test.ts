import { describe, expect, it } from "vitest";
import { defaultLocale, htmlLang, isLocale, resolveLocale } from "@/lib/i18n/locales";

describe("resolveLocale", () => {
  it("renders Chinese when no language was chosen", () => {
    expect(resolveLocale(undefined)).toBe("zh");
    expect(resolveLocale(null)).toBe("zh");
    expect(defaultLocale).toBe("zh");
  });

  it("keeps a saved choice of English or Chinese", () => {
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("zh")).toBe("zh");
  });

  it("falls back to Chinese for a cookie value we do not support", () => {
    expect(resolveLocale("fr")).toBe("zh");
    expect(resolveLocale("EN")).toBe("zh");
    expect(resolveLocale("")).toBe("zh");
    expect(resolveLocale("zh-CN")).toBe("zh");
  });
});

describe("isLocale", () => {
  it("accepts only the two interface languages", () => {
    expect(isLocale("zh")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale(1)).toBe(false);
    expect(isLocale("de")).toBe(false);
  });
});

describe("htmlLang", () => {
  it("tags Chinese pages as simplified Chinese for mainland China", () => {
    expect(htmlLang("zh")).toBe("zh-CN");
    expect(htmlLang("en")).toBe("en");
  });
});
