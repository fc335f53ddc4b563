import { describe, expect, it } from "vitest";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";

describe("cn", () => {
  it("joins the classes that are set and drops the rest", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b");
  });
});

describe("buttonClass", () => {
  it("gives a primary, medium button by default and appends extra classes", () => {
    const classes = buttonClass({ className: "mt-6" });
    expect(classes).toContain("bg-brand-600");
    expect(classes).toContain("h-10");
    expect(classes.endsWith("mt-6")).toBe(true);
  });

  it("switches variant and size", () => {
    const classes = buttonClass({ variant: "secondary", size: "lg" });
    expect(classes).toContain("border-slate-300");
    expect(classes).toContain("h-12");
    expect(classes).not.toContain("bg-brand-600");
  });
});
