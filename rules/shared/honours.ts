import { fact } from "@/lib/engine/conditions";
import type { Lang, Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { factValueText } from "@/lib/profile/labels";
import type { EventProfile } from "@/lib/profile/years";

export type Honour = NonNullable<EventProfile["honours"]>[number];
export type HonourKind = NonNullable<Honour["kind"]>;

const HONOUR_FACTS = ["honours[].kind"] as const;

/** Whether the applicant holds an honour of one of the kinds; unknown while honours are unanswered. */
export function holdsHonour(
  profile: EventProfile,
  kinds: readonly HonourKind[],
  label: Text,
): Condition {
  const honours = profile.honours;
  let held: boolean | undefined;
  if (honours !== undefined) {
    held = false;
    for (const h of honours) {
      if (h.kind !== undefined && kinds.includes(h.kind)) {
        held = true;
        break;
      }
    }
  }
  return fact(label, held, HONOUR_FACTS);
}

/** An honour as the wizard names it ("专精特新“小巨人”企业（2024）"), never by its item id. */
export function honourLabel(h: Honour, lang: Lang): string {
  const name =
    (h.kind && factValueText("honours[].kind", h.kind, lang)) ??
    (lang === "zh" ? "荣誉" : "Honour");
  if (!h.year) return name;
  return lang === "zh" ? `${name}（${h.year}）` : `${name} (${h.year})`;
}
