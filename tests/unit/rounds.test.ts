import { describe, expect, it } from "vitest";
import { currentRound, parseRound, roundChoices, roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { policyRoundInfo } from "@/lib/policy-rounds";
import { POLICIES } from "@/rules/policies";

describe("the default round: the one open or next to open", () => {
  it.each([
    ["2027-02-01", 2027],
    ["2027-06-30", 2027], // until 30 June: this year's round, last year's events
    ["2027-07-01", 2028], // from 1 July: next year's round, this year's events
    ["2026-12-31", 2027],
    ["2028-02-01", 2028],
  ])("on %s the round is %i", (date, year) => {
    expect(roundOn(date)).toEqual(roundOf(year));
  });

  it("reads today in Hangzhou: 2027-06-30 16:30 UTC is already 1 July there", () => {
    expect(currentRound(new Date("2027-06-30T16:30:00Z"))).toEqual(roundOf(2028));
    expect(currentRound(new Date("2027-06-30T15:59:00Z"))).toEqual(roundOf(2027));
  });
});

describe("a round given as a year or picked from a date", () => {
  it.each([
    ["2027", 2027],
    [2027, 2027],
    ["2027-02-01", 2027],
    ["2027-08-01", 2028],
  ])("%o → %i", (value, year) => expect(parseRound(value)).toEqual(roundOf(year)));
  it.each([["27"], ["2027-02-30"], [1999], [20.5], ["abc"], [null]])("%o is refused", (value) =>
    expect(parseRound(value)).toBeUndefined(),
  );
  it("offers the rounds from 2023 to two after the current one, newest first", () => {
    expect(roundChoices(roundOf(2027))).toEqual([2029, 2028, 2027, 2026, 2025, 2024, 2023]);
  });
});

describe("a policy in a round, for the library, results and report", () => {
  it("IC in 2027: last round, with the ending warning", () => {
    const info = policyRoundInfo(POLICIES["integrated-circuits"], roundOf(2027));
    expect(info).toMatchObject({ roundStatus: "last-round", lastRound: 2027, notices: [] });
    expect(info.warning?.zh).toBe("集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报");
  });
  it("AI shows its two later documents as notices; software its 2026 draft", () => {
    const ai = policyRoundInfo(POLICIES["artificial-intelligence"], roundOf(2027));
    expect(ai.notices.map((n) => n.date)).toEqual(["2024-07-18", "2025-06-13"]);
    const sw = policyRoundInfo(POLICIES.software, roundOf(2027));
    expect(sw).toMatchObject({ roundStatus: "ended", lastRound: 2026 });
    expect(sw.notices.map((n) => [n.date, n.draft])).toEqual([["2026-02-02", true]]);
  });
});
