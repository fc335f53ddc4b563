import { useId } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";

/**
 * A badge whose plain meaning shows on hover and on keyboard focus (and is read by screen
 * readers as its description); the legend lists the same meanings.
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
        className="pointer-events-none invisible absolute top-full left-0 z-20 mt-1 w-64 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs leading-5 font-normal text-white shadow-lg group-hover:visible group-focus:visible"
      >
        {meaning}
      </span>
    </span>
  );
}
