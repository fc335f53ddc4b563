import type { IsoDate } from "@/lib/engine/types";

const shanghaiDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Hangzhou (Asia/Shanghai), YYYY-MM-DD: the default as-of date of the API. */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  return shanghaiDate.format(now);
}
