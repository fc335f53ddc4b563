import Link from "next/link";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";

/** A policy's name, linked to its page, with an optional amount beside it. */
export function PolicyHeading({
  policy,
  lang,
  extra,
}: {
  policy: PolicyKey;
  lang: Lang;
  extra?: string;
}) {
  return (
    <h4 className="flex flex-wrap items-baseline justify-between gap-x-3 text-base font-semibold text-slate-900">
      <Link
        href={`/policies/${policy}`}
        className="text-brand-700 underline-offset-4 hover:underline"
      >
        {POLICIES[policy].shortName[lang]}
      </Link>
      {extra && <span className="text-sm font-medium text-slate-700">{extra}</span>}
    </h4>
  );
}

/** A titled part of the results with a line that says what it lists. */
export function PanelSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <p className="text-sm text-slate-600">{intro}</p>
      {children}
    </section>
  );
}
