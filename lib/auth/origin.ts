/**
 * Cross-site request check for the JSON routes of /api/staff that change data (server actions
 * have Next.js's own Origin check). A browser sends Origin on every POST; it must name this host.
 * Sec-Fetch-Site, when present, must not be "cross-site".
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = headers.get("origin");
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim();
  if (!origin || !host || origin === "null") return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
