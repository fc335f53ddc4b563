import { getDb } from "@/lib/db";
import { checkDatabase, healthResponse } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return healthResponse(await checkDatabase(getDb));
}
