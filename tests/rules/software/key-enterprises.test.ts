import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { award, sw, type HonourInput } from "./fixtures";

const keySoftware = (over: Partial<HonourInput> = {}): HonourInput => ({
  id: "h1",
  kind: "national-key-software",
  year: 2024,
  firstTime: true,
  ...over,
});

describe("software/2-a first selection as a national key encouraged software enterprise", () => {
  it("first selected in 2024: a one-off 2,000,000", () => {
    const r = clauseResult("software/2-a", sw({}, { honours: [keySoftware()] }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("first selected in 2022, the year the policy took effect: eligible", () => {
    expect(
      clauseResult("software/2-a", sw({}, { honours: [keySoftware({ year: 2022 })] })).amount,
    ).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("first selected in 2021, before the policy: not eligible", () => {
    expect(
      clauseResult("software/2-a", sw({}, { honours: [keySoftware({ year: 2021 })] })).status,
    ).toBe("ineligible");
  });

  it("selected again (not for the first time): not eligible", () => {
    expect(
      clauseResult("software/2-a", sw({}, { honours: [keySoftware({ firstTime: false })] })).status,
    ).toBe("ineligible");
  });

  it("a repeat entry and the first-time entry: the first-time one is paid once", () => {
    const r = clauseResult(
      "software/2-a",
      sw({}, { honours: [keySoftware({ id: "h0", year: 2025, firstTime: false }), keySoftware()] }),
    );
    expect(r.items).toHaveLength(1);
    expect(r.amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("already paid under this clause: nothing more (one-off)", () => {
    expect(
      clauseResult(
        "software/2-a",
        sw(
          {},
          { honours: [keySoftware()], awardsReceived: [award("software/2-a", 2_000_000, 2024)] },
        ),
      ).amount,
    ).toEqual({ min: 0, max: 0 });
  });

  it("other honours only: not eligible", () => {
    expect(
      clauseResult(
        "software/2-a",
        sw({}, { honours: [{ id: "h2", kind: "high-tech", year: 2024 }] }),
      ).status,
    ).toBe("ineligible");
  });
});

describe("software/2-b hidden champions, listed and specialised-and-new enterprises", () => {
  it("a hidden champion is eligible; the amount follows the cited policies", () => {
    const r = clauseResult(
      "software/2-b",
      sw({}, { honours: [{ id: "h1", kind: "hidden-champion" }] }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a listed enterprise is eligible", () => {
    expect(clauseResult("software/2-b", sw({ listed: true }, { honours: [] })).status).toBe(
      "eligible",
    );
  });

  it("none of them: not eligible", () => {
    expect(
      clauseResult(
        "software/2-b",
        sw({ listed: false }, { honours: [{ id: "h1", kind: "high-tech" }] }),
      ).status,
    ).toBe("ineligible");
  });

  it("honours unanswered and not listed: needs information", () => {
    const r = clauseResult("software/2-b", sw({ listed: false }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["honours[].kind", "software.listed"]);
  });
});
