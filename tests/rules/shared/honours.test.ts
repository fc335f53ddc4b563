import { describe, expect, it } from "vitest";
import { t } from "@/lib/engine/text";
import { holdsHonour } from "@/rules/shared/honours";
import { profile } from "@/tests/helpers/profile";

const L = t("专精特新或小巨人", "specialised-new or little giant");

describe("holdsHonour", () => {
  it("is met when the applicant holds one of the kinds, unmet when it holds none", () => {
    const p = profile({ honours: [{ id: "h1", kind: "little-giant" }] });
    expect(holdsHonour(p, ["specialised-new", "little-giant"], L)).toEqual({
      label: L,
      status: "met",
      facts: ["honours[].kind"],
    });
    expect(holdsHonour(p, ["hidden-champion"], L).status).toBe("unmet");
  });

  it("is unknown while honours are unanswered; an honour of no kind does not count", () => {
    expect(holdsHonour(profile(), ["little-giant"], L).status).toBe("unknown");
    expect(holdsHonour(profile({ honours: [{ id: "h1" }] }), ["little-giant"], L).status).toBe(
      "unmet",
    );
  });
});
