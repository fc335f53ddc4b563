"use client";

import { useEffect } from "react";
import { useSelfCheck } from "@/lib/browser/self-check-store";
import { parseRound } from "@/lib/rounds";
import { Calculator } from "./calculator";

/**
 * The self-check: start, wizard and live results, kept in localStorage as the user types. A link
 * may name the round: /check?round=2027, or /check?asOf=2027-02-01 for the round open or next to
 * open on that day.
 */
export function SelfCheck() {
  const [, update] = useSelfCheck({ freshOnServer: true });
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const round = parseRound(query.get("round") ?? query.get("asOf"));
    if (round) update((s) => ({ ...s, round: round.year }));
  }, [update]);
  return <Calculator />;
}
