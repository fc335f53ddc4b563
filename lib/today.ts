/** Today's date in Hangzhou (Asia/Shanghai) as YYYY-MM-DD; the engine itself never reads the clock. */
export function todayInHangzhou(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
