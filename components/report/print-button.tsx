"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (print to paper or PDF); hidden on the printout. */
export function PrintButton() {
  const t = useTranslations("report");
  return (
    <Button className="no-print" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
