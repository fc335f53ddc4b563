import { useId } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";

/**
 * A badge whose plain meaning shows on hover and on keyboard focus (and is read by screen
 * readers as its description); the legend lists the same meanings. Closed, the tooltip takes no
 * room (display: none, not visibility: hidden), so a badge near a phone's right edge does not make
 * the page scroll sideways.
 */
export function MeaningBadge({
  tone,
  label,
  meaning,
}: {
  tone: BadgeTone;
  label: string;
  meaning: string;
}) {
  const id = useId();
  return (
    <span
      className="group relative inline-flex rounded-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      tabIndex={0}
      aria-describedby={id}
    >
      <Badge tone={tone}>{label}</Badge>
      <span
        role="tooltip"
        id={id}
        className="pointer-events-none absolute top-full left-0 z-20 mt-1 hidden w-64 max-w-[calc(100vw-2rem)] rounded-md bg-slate-900 px-2.5 py-1.5 text-xs leading-5 font-normal text-white shadow-lg group-hover:block group-focus:block"
      >
        {meaning}
      </span>
    </span>
  );
}
