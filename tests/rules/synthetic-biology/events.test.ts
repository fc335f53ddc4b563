import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";

type Event = NonNullable<NonNullable<ProfileInput["syntheticBiology"]>["events"]>[number];

const event = (id: string, over: Partial<Event> = {}): Event => ({
  id,
  name: `杭州国际合成生物论坛 ${id}`,
  synbioForum: true,
  organiser: true,
  ...over,
});
const organiser = (...events: Event[]) => ({
  enterprise: { roles: ["organization" as const] },
  syntheticBiology: { events },
});

describe("synthetic-biology/14 organisers of synthetic-biology forums", () => {
  it("the organiser of a synthetic-biology forum: up to 3,000,000", () => {
    const r = clauseResult("synthetic-biology/14", organiser(event("e1")));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("two forums in a year: the organiser's 3,000,000 is reached exactly and not doubled (cap scope, readings rule 8)", () => {
    const r = clauseResult("synthetic-biology/14", organiser(event("e1"), event("e2")));
    expect(r.items.map((i) => i.amount?.max)).toEqual([3_000_000, 3_000_000]);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("an applicant that only attends (not the organiser) is not eligible", () => {
    const r = clauseResult("synthetic-biology/14", organiser(event("e1", { organiser: false })));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("an ordinary enterprise profile is not the beneficiary", () => {
    const r = clauseResult("synthetic-biology/14", { syntheticBiology: { events: [event("e1")] } });
    expect(r.forApplicant).toBe(false);
  });
});
