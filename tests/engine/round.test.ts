import { describe, expect, it } from "vitest";
import {
  endingWarning,
  lastRoundOf,
  partialYearNotes,
  roundLabel,
  roundOf,
  roundStatusOf,
  statusForRound,
} from "@/lib/engine/round";
import { t } from "@/lib/engine/text";
import { POLICIES } from "@/rules/policies";

const ic = POLICIES["integrated-circuits"].validity; // 2022-08-08 … 2026-12-31
const software = POLICIES.software.validity; // 2022-11-25 … 2025-11-24 (three years)
const hee = POLICIES["high-end-equipment"].validity; // 2023-08-27 … 2025-12-31

describe("a round's events are those of the year before", () => {
  it("round 2027 covers the events of 2026", () => {
    expect(roundOf(2027)).toEqual({ year: 2027, eventYear: 2026 });
    expect(roundLabel(roundOf(2027)).zh).toBe("2027 年申报（2026 年度事项）");
    expect(roundLabel(roundOf(2027)).en).toBe("2027 round (events of 2026)");
  });
});

describe("validity is tested on the event year, not on the day of use", () => {
  it.each([
    // IC ends 2026-12-31: its last round is 2027 (events of 2026)
    [ic, 2026, "in-force", "open"],
    [ic, 2027, "in-force", "last-round"],
    [ic, 2028, "expired", "ended"],
    // IC began 2022-08-08: events of 2022 count (from that day), events of 2021 do not
    [ic, 2023, "in-force", "open"],
    [ic, 2022, "not-yet-effective", "not-yet-effective"],
    // software ends 2025-11-24 (three years from 2022-11-25): events of 2025 are claimable in 2026
    [software, 2026, "in-force", "last-round"],
    [software, 2027, "expired", "ended"],
  ] as const)("%o in round %i: %s, %s", (validity, year, status, roundStatus) => {
    expect(statusForRound(validity, roundOf(year))).toBe(status);
    expect(roundStatusOf(validity, roundOf(year))).toBe(roundStatus);
  });

  it("the last round is the year after the validity ends", () => {
    expect(lastRoundOf(ic)).toBe(2027);
    expect(lastRoundOf(software)).toBe(2026);
    expect(lastRoundOf(hee)).toBe(2026);
  });

  it("an event year partly before effectiveFrom counts from that day, with a note", () => {
    const notes = partialYearNotes(hee, roundOf(2024));
    expect(notes.map((n) => n.zh)).toEqual([
      "2023 年度事项自 2023-08-27 起计算：此前发生的事项不予支持",
    ]);
    expect(partialYearNotes(hee, roundOf(2025))).toEqual([]);
  });

  it("an event year partly after the end counts until it, with a note (software 2025-11-24)", () => {
    expect(partialYearNotes(software, roundOf(2026)).map((n) => n.en)).toEqual([
      "Events of 2025 count until 2025-11-24: later events are excluded",
    ]);
  });
});

describe("a warning while a policy is ending", () => {
  const name = t("集成电路", "integrated circuits");
  it("in its last round and in the round of the year it ends", () => {
    expect(endingWarning(ic, roundOf(2027), name)?.zh).toBe(
      "集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报",
    );
    expect(endingWarning(ic, roundOf(2026), name)?.zh).toBe(
      "集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报",
    );
  });
  it("not earlier, and not once it has ended", () => {
    expect(endingWarning(ic, roundOf(2025), name)).toBeUndefined();
    expect(endingWarning(ic, roundOf(2028), name)).toBeUndefined();
  });
});
