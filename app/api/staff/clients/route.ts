import { z } from "zod";
import { jsonOk, staffRoute } from "@/lib/auth/api";
import { listClients } from "@/lib/data/clients";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().max(100).optional(),
  district: z.string().max(50).optional(),
  centre: z.string().max(64).optional(),
  deleted: z.enum(["0", "1"]).optional(),
  stale: z.enum(["0", "1"]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

/** GET /api/staff/clients?q=&district=&stale=1&page= — the centre's clients (admins: all). */
export const GET = staffRoute(async ({ actor, request }) => {
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listClients(actor, {
    q: query.q,
    district: query.district,
    centreId: query.centre,
    deleted: query.deleted === "1",
    notOnCurrentRules: query.stale === "1",
    page: query.page,
    pageSize: query.pageSize,
  });
  return jsonOk(page);
});
