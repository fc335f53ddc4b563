"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Card } from "@/components/ui/card";
import { Notice, tableClass, tdClass, thClass } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { applyImportAction, previewImportAction, type ImportFormState } from "./import-actions";
import { HandoffConsentFields } from "./handoff-consent";
import { ImportError, ImportSourceFields } from "./import-source-fields";

/**
 * Imports a self-check into an existing client: read (file or link) → the difference, field by
 * field → the enterprise's consent → applied to the version that was previewed.
 */
export function ImportPanel({ clientId }: { clientId: string }) {
  const t = useTranslations("staff.handoff");
  const [preview, read] = useActionState<ImportFormState, FormData>(previewImportAction, {});
  const [applied, apply] = useActionState<ImportFormState, FormData>(applyImportAction, {});
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (preview.stage) result.current?.focus();
  }, [preview]);

  return (
    <div className="space-y-6">
      <Card className="space-y-4 p-4 sm:p-6">
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <form action={read} className="space-y-4">
          <input type="hidden" name="id" value={clientId} />
          <ImportSourceFields idPrefix="import" />
          <SubmitButton variant="secondary" pendingLabel={t("reading")}>
            {t("read")}
          </SubmitButton>
        </form>
      </Card>

      <div ref={result} tabIndex={-1} aria-live="polite" className="space-y-4 focus:outline-none">
        <ImportError state={preview} />
        {preview.stage === "preview" && (
          <section aria-labelledby="import-preview" className="space-y-4">
            <h2 id="import-preview" className="text-lg font-semibold text-slate-900">
              {t("previewTitle")}
            </h2>
            {preview.ignoredCreditCode && <Notice tone="warning">{t("ignoredCode")}</Notice>}
            {preview.rows.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noChanges")}</p>
            ) : (
              <>
                <p className="text-sm text-slate-700">
                  {t("previewIntro", {
                    name: preview.clientName,
                    version: preview.version,
                    count: preview.rows.length,
                  })}
                </p>
                <div className="overflow-x-auto">
                  <table className={tableClass} data-testid="import-diff">
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t("field")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("before")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("after")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((r, i) => (
                        <tr key={i}>
                          <th scope="row" className={`${tdClass} font-normal text-slate-800`}>
                            {r.label}
                          </th>
                          <td className={`${tdClass} text-slate-600`}>{r.before}</td>
                          <td className={`${tdClass} font-medium text-slate-900`}>{r.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
            <ConsentForm preview={preview} clientId={clientId} action={apply} />
            <div aria-live="assertive" className="empty:hidden">
              <ImportError state={applied} />
            </div>
          </section>
        )}
      </div>
    </div>
  );
}

function ConsentForm({
  preview,
  clientId,
  action,
}: {
  preview: Extract<ImportFormState, { stage: "preview" }>;
  clientId: string;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("staff.handoff");
  return (
    <form action={action} className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
      <input type="hidden" name="id" value={clientId} />
      <input type="hidden" name="version" value={preview.version} />
      <input type="hidden" name="source" value={preview.source} />
      <input type="hidden" name="payload" value={preview.payload} />
      <HandoffConsentFields idPrefix="import" />
      <SubmitButton pendingLabel={t("applying")}>{t("apply")}</SubmitButton>
    </form>
  );
}
