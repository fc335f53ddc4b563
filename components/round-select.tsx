"use client";

import { useTranslations } from "next-intl";
import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { roundOf } from "@/lib/engine/round";
import { roundChoices } from "@/lib/rounds";

const selectClass =
  "block h-10 rounded-md border border-slate-300 bg-white px-2 text-base text-slate-900 " +
  "focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 " +
  "aria-[invalid=true]:border-red-500 sm:text-sm";

/**
 * Picks an application round: "2027 年申报（2026 年度事项）". `current` is the default round
 * (the one open or next to open today); the list runs from two rounds after it down to 2023.
 */
export function RoundSelect({
  current,
  className,
  ...props
}: { current: number } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "children">) {
  const t = useTranslations("rounds");
  return (
    <select className={cn(selectClass, className)} {...props}>
      {roundChoices(roundOf(current)).map((year) => (
        <option key={year} value={year}>
          {t("option", { year, eventYear: year - 1 })}
        </option>
      ))}
    </select>
  );
}
