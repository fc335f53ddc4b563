"use client";

import { useMessages, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ReportModel } from "@/lib/report/model";

/** Builds the report's workbook in the browser (exceljs loads on the first click) and saves it. */
export function ExcelButton({ model, fileName }: { model: ReportModel; fileName: string }) {
  const t = useTranslations("report");
  const messages = useMessages();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const save = async () => {
    setState("busy");
    try {
      const { reportWorkbook } = await import("@/lib/report/excel");
      const bytes = await reportWorkbook(model, messages);
      const url = URL.createObjectURL(
        new Blob([bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileName}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={save} disabled={state === "busy"}>
        {state === "busy" ? t("exporting") : t("exportExcel")}
      </Button>
      {state === "failed" && (
        <span role="alert" className="text-sm text-red-700">
          {t("exportFailed")}
        </span>
      )}
    </>
  );
}
