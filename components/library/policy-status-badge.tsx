import { Badge, type BadgeTone } from "@/components/ui/badge";
import { POLICY_STATUS_LABELS } from "@/lib/engine/labels";
import type { PolicyStatus } from "@/lib/engine/types";
import type { Lang } from "@/lib/engine/text";

const tone: Record<PolicyStatus, BadgeTone> = {
  "in-force": "success",
  expired: "neutral",
  "not-yet-effective": "warning",
};

export function PolicyStatusBadge({ status, lang }: { status: PolicyStatus; lang: Lang }) {
  return <Badge tone={tone[status]}>{POLICY_STATUS_LABELS[status][lang]}</Badge>;
}
