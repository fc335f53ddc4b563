"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "../../_components/controls";

const ERRORS = [
  "no-file",
  "too-large",
  "invalid",
  "file-format",
  "file-empty",
  "file-unreadable",
  "file-encoding",
  "file-too-many-rows",
  "file-too-wide",
  "file-too-big",
  "invalid-date",
  "unknown",
] as const;

/** Sends a .csv or .xlsx to /api/staff/batch and opens the job's validation report. */
export function UploadForm({ today }: { today: string }) {
  const t = useTranslations("staff.batch");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("errors.no-file"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/staff/batch", { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (response.status === 401) {
        router.push("/staff/login?next=/staff/batch");
        return;
      }
      if (!response.ok || !body.id) {
        const key = ERRORS.find((k) => k === body.error) ?? "unknown";
        setError(t(`errors.${key}`));
        return;
      }
      router.push(`/staff/batch/${body.id}`);
    } catch {
      setError(t("errors.unknown"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby="upload-hint">
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="batch-file" className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
          <input
            id="batch-file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="batch-as-of" className="block text-sm font-medium text-slate-800">
            {t("asOf")}
          </label>
          <Input id="batch-as-of" name="asOf" type="date" defaultValue={today} className="w-44" />
        </div>
      </div>
      <p id="upload-hint" className="text-xs text-slate-600">
        {t("uploadHint")}
      </p>
      <div aria-live="assertive">{error && <Notice tone="error">{error}</Notice>}</div>
      <Button type="submit" disabled={busy}>
        {busy ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
