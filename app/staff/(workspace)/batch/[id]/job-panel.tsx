"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { BatchJobView } from "@/lib/data/batch";
import type { SavedAsClients } from "@/lib/data/batch-clients";
import { Notice } from "../../../_components/controls";

type JobJson = Omit<BatchJobView, "createdAt" | "startedAt" | "finishedAt"> & {
  createdAt: string | Date;
};

const POLL_MS = 1000;

/**
 * The job's next step and its progress. While the evaluation runs, the progress is read from
 * the database through GET /api/staff/batch/<id> every second, so any instance can serve it.
 */
export function JobPanel({ initial }: { initial: JobJson }) {
  const t = useTranslations("staff.batch");
  const router = useRouter();
  const [job, setJob] = useState<JobJson>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedAsClients | null>(null);
  const active = job.status === "queued" || job.status === "running";

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/staff/batch/${job.id}`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response?.ok || stopped) return;
      const next = (await response.json()) as JobJson;
      setJob(next);
      if (next.status !== "queued" && next.status !== "running") router.refresh();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, job.id, router]);

  /** POSTs one step of the job; `done` receives the answer. */
  async function send<T>(step: "import" | "run" | "discard" | "clients", done: (body: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/staff/batch/${job.id}/${step}`, { method: "POST" });
      if (!response.ok) {
        setError(t("errors.step"));
        return;
      }
      done((await response.json()) as T);
    } catch {
      setError(t("errors.step"));
    } finally {
      setBusy(false);
    }
  }

  const post = (step: "import" | "run" | "discard") =>
    send<JobJson>(step, (next) => {
      setJob(next);
      router.refresh();
    });
  const saveAsClients = () => send<SavedAsClients>("clients", setSaved);

  const percent = job.goodRows ? Math.floor((job.processedRows / job.goodRows) * 100) : 0;
  return (
    <div className="space-y-4">
      <div aria-live="polite" className="space-y-3">
        {job.status === "rejected" && <Notice tone="error">{t("rejected")}</Notice>}
        {job.status === "needs-decision" && (
          <Notice tone="warning">
            {t("needsDecision", { bad: job.badRows, good: job.goodRows })}
          </Notice>
        )}
        {job.status === "ready" && (
          <Notice tone="info">{t("ready", { count: job.goodRows, asOf: job.asOf })}</Notice>
        )}
        {active && (
          <div className="space-y-2">
            <p className="text-sm text-slate-700">
              {t("progress", { done: job.processedRows, total: job.goodRows, percent })}
            </p>
            <div
              role="progressbar"
              aria-label={t("progressLabel")}
              aria-valuemin={0}
              aria-valuemax={job.goodRows}
              aria-valuenow={job.processedRows}
              aria-valuetext={t("progress", {
                done: job.processedRows,
                total: job.goodRows,
                percent,
              })}
              className="h-3 overflow-hidden rounded-full bg-slate-200"
            >
              <div
                className="h-3 rounded-full bg-brand-600 transition-[width]"
                style={{ width: `${percent}%` }}
              />
            </div>
          </div>
        )}
        {job.status === "done" && (
          <Notice tone="success">{t("done", { count: job.processedRows })}</Notice>
        )}
        {job.status === "failed" && <Notice tone="error">{t("failed")}</Notice>}
        {job.status === "discarded" && <Notice tone="info">{t("discarded")}</Notice>}
        {saved && (
          <Notice tone="success">
            {t("savedClients", { created: saved.created, existing: saved.existing })}{" "}
            <Link href="/staff" className="underline underline-offset-4">
              {t("viewClients")}
            </Link>
          </Notice>
        )}
        {error && <Notice tone="error">{error}</Notice>}
      </div>

      <div className="flex flex-wrap gap-2">
        {job.status === "needs-decision" && (
          <Button onClick={() => post("import")} disabled={busy}>
            {t("importGood", { count: job.goodRows })}
          </Button>
        )}
        {job.status === "ready" && (
          <Button onClick={() => post("run")} disabled={busy}>
            {t("run", { count: job.goodRows })}
          </Button>
        )}
        {(job.status === "needs-decision" ||
          job.status === "ready" ||
          job.status === "rejected") && (
          <Button variant="secondary" onClick={() => post("discard")} disabled={busy}>
            {t("discard")}
          </Button>
        )}
        {job.status === "done" && (
          <>
            <a
              href={`/api/staff/batch/${job.id}/results?format=xlsx`}
              className={buttonClass()}
              download
            >
              {t("downloadXlsx")}
            </a>
            <a
              href={`/api/staff/batch/${job.id}/results?format=csv`}
              className={buttonClass({ variant: "secondary" })}
              download
            >
              {t("downloadCsv")}
            </a>
          </>
        )}
        {job.status === "done" && job.centreId && !saved && (
          <Button variant="secondary" onClick={saveAsClients} disabled={busy}>
            {busy ? t("savingClients") : t("saveClients", { count: job.goodRows })}
          </Button>
        )}
      </div>
      {job.status === "done" && job.centreId && !saved && (
        <p className="text-sm text-slate-600">{t("saveClientsHint")}</p>
      )}
    </div>
  );
}
