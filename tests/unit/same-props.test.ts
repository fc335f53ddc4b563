import { describe, expect, it } from "vitest";
import { sameProps, sameValue } from "@/lib/browser/same-props";

describe("sameValue", () => {
  it("compares plain data by content", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it("compares functions by identity", () => {
    const f = () => 1;
    expect(sameProps({ onClick: f, n: 1 }, { onClick: f, n: 1 })).toBe(true);
    expect(sameProps({ onClick: f }, { onClick: () => 1 })).toBe(false);
  });
});
