import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BatchStatus } from "@/lib/data/batch";

const tones: Record<BatchStatus, BadgeTone> = {
  rejected: "danger",
  "needs-decision": "warning",
  ready: "brand",
  queued: "brand",
  running: "brand",
  done: "success",
  failed: "danger",
  discarded: "neutral",
};

export async function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const t = await getTranslations("staff.batch.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
