import { describe, expect, it } from "vitest";
import { todayInHangzhou } from "@/lib/today";

const viaTimeZone = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("today in Hangzhou (UTC+8)", () => {
  it("turns to the new year at 16:00 UTC on 31 December (16:00 + 8 h = 24:00)", () => {
    expect(todayInHangzhou(new Date("2026-12-31T15:59:59.999Z"))).toBe("2026-12-31");
    expect(todayInHangzhou(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
  it("agrees with the Asia/Shanghai time zone every hour of 2024 to 2027 (leap day included)", () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2028, 0, 1);
    for (let t = start; t < end; t += 60 * 60 * 1000) {
      const now = new Date(t);
      if (todayInHangzhou(now) !== viaTimeZone.format(now))
        expect(todayInHangzhou(now), now.toISOString()).toBe(viaTimeZone.format(now));
    }
    expect(todayInHangzhou(new Date("2024-02-28T16:00:00Z"))).toBe("2024-02-29");
  });
});
