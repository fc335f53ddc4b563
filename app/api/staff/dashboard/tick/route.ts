import { timingSafeEqual } from "node:crypto";
import { dashboardTick } from "@/lib/data/scheduler";

export const dynamic = "force-dynamic";

function tokenMatches(given: string | null): boolean {
  const expected = process.env.DASHBOARD_TICK_TOKEN;
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST from the server's own scheduler (scripts/serve.mjs), with the token it gave its workers:
 * refreshes stale worklist summaries and sends due webhook reminders. Anyone else gets 404.
 */
export async function POST(request: Request): Promise<Response> {
  if (!tokenMatches(request.headers.get("x-dashboard-tick-token")))
    return new Response(null, { status: 404 });
  return Response.json(await dashboardTick());
}
