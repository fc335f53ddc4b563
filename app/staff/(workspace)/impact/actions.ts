"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { reevaluateAffected } from "@/lib/data/impact";

const input = z.object({ centre: z.string().max(64).optional() });

/** Re-evaluates the next page of affected clients; the page calls it until none remain. */
export async function reevaluateAffectedAction(
  centre?: string,
): Promise<{ evaluated: number; remaining: number } | { error: true }> {
  const { actor } = await requireStaff("/staff/impact");
  const parsed = input.safeParse({ centre: centre || undefined });
  if (!parsed.success) return { error: true };
  try {
    const result = await reevaluateAffected(actor, {
      centreId: actor.role === "admin" ? parsed.data.centre : undefined,
    });
    revalidatePath("/staff/impact");
    return result;
  } catch (error) {
    console.error("[impact] re-evaluation failed", error);
    return { error: true };
  }
}
