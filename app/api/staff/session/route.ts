import { jsonOk, staffRoute } from "@/lib/auth/api";

export const dynamic = "force-dynamic";

/** GET /api/staff/session — who is logged in (401 when nobody). */
export const GET = staffRoute(async ({ actor }) =>
  jsonOk({
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    centre: actor.centreId ? { id: actor.centreId, name: actor.centreName } : null,
  }),
);
