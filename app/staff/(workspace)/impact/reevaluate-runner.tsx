"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { reevaluateAffectedAction } from "./actions";

type State =
  | { phase: "idle" }
  | { phase: "running" | "stopped" | "done"; done: number; remaining: number }
  | { phase: "failed" };

/**
 * Runs "re-evaluate all affected" a page at a time, showing progress; it can be paused, and a
 * later click continues with the clients still affected (the server picks them each time).
 */
export function ReevaluateRunner({ count, centre }: { count: number; centre?: string }) {
  const t = useTranslations("dashboard.impact");
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: "idle" });
  const stop = useRef(false);

  async function run() {
    stop.current = false;
    let done = 0;
    let remaining = count;
    setState({ phase: "running", done, remaining });
    while (remaining > 0) {
      const result = await reevaluateAffectedAction(centre);
      if ("error" in result) {
        setState({ phase: "failed" });
        router.refresh();
        return;
      }
      done += result.evaluated;
      remaining = result.remaining;
      if (result.evaluated === 0) break;
      if (stop.current && remaining > 0) {
        setState({ phase: "stopped", done, remaining });
        router.refresh();
        return;
      }
      setState({ phase: "running", done, remaining });
    }
    setState({ phase: "done", done, remaining });
    // The page says how many were done: once none is affected, this runner is no longer shown.
    const params = new URLSearchParams({ reevaluated: String(done) });
    if (centre) params.set("centre", centre);
    router.replace(`/staff/impact?${params}`);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={run} disabled={state.phase === "running" || count === 0}>
          {t("reevaluate", { count })}
        </Button>
        {state.phase === "running" && (
          <Button type="button" variant="secondary" onClick={() => (stop.current = true)}>
            {t("stop")}
          </Button>
        )}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {state.phase === "running" &&
          t("running", { done: state.done, remaining: state.remaining })}
        {state.phase === "stopped" &&
          t("stopped", { done: state.done, remaining: state.remaining })}
        {state.phase === "done" && t("done", { done: state.done })}
        {state.phase === "failed" && t("failed")}
      </p>
    </div>
  );
}
