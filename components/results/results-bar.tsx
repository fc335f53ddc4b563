"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatWan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Amount } from "@/lib/engine/types";
import { totalText } from "./labels";

const sameAmount = (a: Amount, b: Amount) => a.min === b.min && a.max === b.max;

/** "+120 万元" / "−50 万元": how an amount moved with the last edit. */
function changeText(before: Amount, after: Amount, lang: Lang): string | null {
  const d = after.max - before.max;
  if (d === 0) return null;
  return `${d > 0 ? "+" : "−"}${formatWan(Math.abs(d), lang)}`;
}

/**
 * The phone's view of the results while the form is being filled: a bar fixed to the bottom of
 * the screen with the total, the amount still to win in a review apart from it (as the headline
 * keeps it), the count of clauses ("约 1,200 万元 – 2,400 万元 · 3 条") and what the last edit
 * changed; tapping it goes to the results.
 */
export function ResultsBar({
  total,
  toWin,
  count,
  lang,
  targetId,
}: {
  total: Amount;
  toWin: Amount;
  count: number;
  lang: Lang;
  targetId: string;
}) {
  const t = useTranslations("check.bar");
  const [seen, setSeen] = useState({ total, toWin });
  const [change, setChange] = useState<string | null>(null);
  if (!sameAmount(seen.total, total) || !sameAmount(seen.toWin, toWin)) {
    const inTotal = changeText(seen.total, total, lang);
    const inToWin = changeText(seen.toWin, toWin, lang);
    setChange(
      inTotal
        ? t("change", { change: inTotal })
        : inToWin
          ? t("changeToWin", { change: inToWin })
          : null,
    );
    setSeen({ total, toWin });
  }
  const amount = totalText(total, lang, formatWan);
  const counted = total.min > 0 ? t("approx", { total: amount }) : amount;
  const toWinText = totalText(toWin, lang, formatWan);
  const headline =
    toWin.max === 0
      ? counted
      : total.max === 0
        ? t("toWinOnly", { toWin: toWinText })
        : t("withToWin", { total: counted, toWin: toWinText });
  return (
    <a
      href={`#${targetId}`}
      data-testid="results-bar"
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById(targetId);
        target?.scrollIntoView({ block: "start" });
        target?.focus({ preventScroll: true });
      }}
      className="no-print fixed inset-x-0 bottom-0 z-30 flex items-center justify-between gap-3 border-t border-emerald-300 bg-emerald-50/95 px-4 py-3 text-sm text-emerald-950 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] backdrop-blur focus-visible:outline-2 focus-visible:outline-offset-[-4px] focus-visible:outline-brand-600 lg:hidden"
    >
      <span className="min-w-0">
        <span className="font-semibold">{t("headline", { total: headline, count })}</span>
        <span role="status" className="ml-2 text-xs font-medium empty:hidden">
          {change}
        </span>
      </span>
      <span className="shrink-0 font-medium underline underline-offset-2">{t("open")}</span>
    </a>
  );
}
