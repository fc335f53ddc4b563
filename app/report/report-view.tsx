"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { sameValue } from "@/lib/browser/same-props";
import { emptyProfile, isServerState, useSelfCheck } from "@/lib/browser/self-check-store";
import { ReportEmpty } from "./report-empty";

/**
 * The rules, the engine and the profile schema are most of the page's weight: they load after
 * the page, and not at all while nothing has been entered (the empty profile has no report).
 */
const ReportBody = dynamic(() => import("./report-body"), {
  ssr: false,
  loading: () => <ReportLoading />,
});

function ReportLoading() {
  const t = useTranslations("report");
  return (
    <p className="text-sm text-slate-600" role="status">
      {t("loading")}
    </p>
  );
}

const EMPTY = emptyProfile();

/** The report of the self-check kept in this browser, with a print button. */
export function ReportView() {
  const [state] = useSelfCheck({ freshOnServer: true });
  // What the server sends, and what a first visit keeps: the empty report, in the page's HTML. A
  // returning visitor's page (marked by the inline script in page.tsx) shows "loading" instead
  // until the saved work replaces it.
  if (isServerState(state))
    return (
      <>
        <div data-fresh-check="">
          <ReportEmpty invalid={false} />
        </div>
        <div data-saved-only="">
          <ReportLoading />
        </div>
      </>
    );
  if (sameValue(state.profile, EMPTY)) return <ReportEmpty invalid={false} />;
  return <ReportBody state={state} />;
}
