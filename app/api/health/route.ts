import { checkAppDatabase, healthResponse } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return healthResponse(await checkAppDatabase());
}
