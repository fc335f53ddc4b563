import type { IsoDate } from "@/lib/engine/types";

// Built once: constructing a DateTimeFormat is costly and this runs on every API request.
const hangzhouDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Hangzhou (Asia/Shanghai) as YYYY-MM-DD; the engine itself never reads the clock. */
export function todayInHangzhou(now: Date = new Date()): IsoDate {
  return hangzhouDate.format(now);
}
