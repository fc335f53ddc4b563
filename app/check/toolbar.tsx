"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { JsonObject } from "@/lib/browser/json-path";
import { downloadText, exportProfileText, importProfileText } from "@/lib/browser/profile-file";
import { clearState } from "@/lib/browser/self-check-store";
import { readShareFragment, shareFragment } from "@/lib/browser/share-link";
import type { Lang } from "@/lib/engine/text";
import { describeProblem } from "@/lib/profile/parse";

const dangerClass =
  "inline-flex h-10 items-center justify-center rounded-md px-4 text-sm font-medium text-red-700 " +
  "hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

type Notice = { readonly tone: "ok" | "error"; readonly text: string; readonly details?: string[] };

/** Saving is automatic; this offers export, import (validated, all or nothing) and clearing. */
export function Toolbar({
  draft,
  round,
  valid,
  onImport,
}: {
  draft: JsonObject;
  round: number;
  valid: boolean;
  onImport: (profile: JsonObject, round: number | undefined) => void;
}) {
  const t = useTranslations("check.toolbar");
  const lang = useLocale() as Lang;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<string | null>(null);

  // Opened from a shared link: restore its profile once, then drop the fragment from the address.
  useEffect(() => {
    const hash = window.location.hash;
    void readShareFragment(hash).then((text) => {
      if (text === null) {
        if (hash.startsWith("#p=")) setNotice({ tone: "error", text: t("linkBroken") });
        return;
      }
      const result = importProfileText(text, lang, round);
      history.replaceState(null, "", window.location.pathname + window.location.search);
      if (!result.ok) return setNotice({ tone: "error", text: t("linkBroken") });
      onImport(result.profile, result.round);
      setNotice({ tone: "ok", text: t("linkRestored") });
    });
    // Only on opening the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const copyLink = async () => {
    if (!valid) return setNotice({ tone: "error", text: t("linkBlocked") });
    const url = `${window.location.origin}${window.location.pathname}${await shareFragment(draft, round)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({ tone: "ok", text: t("linkCopied") });
    } catch {
      setNotice({ tone: "ok", text: t("linkReady") });
    }
  };

  const exportProfile = () => {
    if (!valid) return setNotice({ tone: "error", text: t("exportBlocked") });
    downloadText(`policy-self-check-${round}.json`, exportProfileText(draft));
    setNotice({ tone: "ok", text: t("exported") });
  };

  const importFile = async (file: File) => {
    const result = importProfileText(await file.text(), lang, round);
    if (result.ok) {
      onImport(result.profile, result.round);
      setNotice({ tone: "ok", text: t("imported", { file: file.name }) });
      return;
    }
    if (result.reason === "invalid")
      return setNotice({
        tone: "error",
        text: t("importInvalid", { file: file.name, count: result.problems.length }),
        details: result.problems.slice(0, 8).map((p) => describeProblem(p, lang)),
      });
    setNotice({
      tone: "error",
      text: t(
        result.reason === "too-large"
          ? "importTooLarge"
          : result.reason === "not-json"
            ? "importNotJson"
            : "importNotProfile",
        { file: file.name },
      ),
    });
  };

  return (
    <div className="no-print space-y-2">
      <p className="text-xs text-slate-600">{t("saved")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={exportProfile}>
          {t("export")}
        </Button>
        <Button variant="secondary" onClick={() => fileInput.current?.click()}>
          {t("import")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label={t("import")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void importFile(file);
          }}
        />
        <Button variant="secondary" onClick={() => void copyLink()}>
          {t("copyLink")}
        </Button>
        <Link href="/report" className={buttonClass({ variant: "secondary" })}>
          {t("report")}
        </Link>
        {!confirming && (
          <button type="button" className={dangerClass} onClick={() => setConfirming(true)}>
            {t("clear")}
          </button>
        )}
      </div>
      {link && (
        <div className="space-y-1">
          <label htmlFor="share-url" className="block text-xs text-slate-600">
            {t("linkLabel")}
          </label>
          <input
            id="share-url"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-xs text-slate-700"
          />
        </div>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="clear-confirm-text"
          onKeyDown={(e) => {
            if (e.key === "Escape") setConfirming(false);
          }}
          className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-3"
        >
          <p id="clear-confirm-text" className="w-full text-sm text-red-900">
            {t("confirmClear")}
          </p>
          <Button
            autoFocus
            onClick={() => {
              clearState();
              setConfirming(false);
              setNotice({ tone: "ok", text: t("cleared") });
            }}
          >
            {t("confirmYes")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" className="empty:hidden">
        {notice && (
          <div
            className={
              notice.tone === "ok"
                ? "rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900"
                : "rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
            }
          >
            <p>{notice.text}</p>
            {notice.details && (
              <ul className="mt-1 list-disc pl-5 text-xs">
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
