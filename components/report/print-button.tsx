"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Opens the browser's print dialog; "下载 PDF" names the file after the report first (Chromium
 * uses the document title), so saving as PDF is the one step left. Hidden on the printout.
 */
export function PrintButton({ fileName, pdf }: { fileName?: string; pdf?: boolean }) {
  const t = useTranslations("report");
  const print = () => {
    const before = document.title;
    if (fileName) document.title = fileName;
    window.print();
    document.title = before;
  };
  return (
    <Button className="no-print" variant={pdf ? "primary" : "secondary"} onClick={print}>
      {pdf ? t("downloadPdf") : t("print")}
    </Button>
  );
}
