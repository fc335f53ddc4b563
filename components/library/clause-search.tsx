import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Input } from "@/components/ui/input";
import { buttonClass } from "@/components/ui/button";
import { POLICIES } from "@/rules/policies";
import { clauseAnchor, searchClauses } from "@/lib/library";
import { clauseHeading } from "@/rules";
import type { Lang } from "@/lib/engine/text";

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export async function ClauseSearch({ query, lang }: { query: string; lang: Lang }) {
  const t = await getTranslations("library");
  const hits = query ? searchClauses(query) : [];
  return (
    <section aria-labelledby="search-title" className="space-y-4">
      <form
        action="/policies"
        method="get"
        role="search"
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex-1">
          <label
            id="search-title"
            htmlFor="q"
            className="mb-1 block text-sm font-medium text-slate-700"
          >
            {t("searchLabel")}
          </label>
          <Input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            placeholder={t("searchPlaceholder")}
          />
        </div>
        <button type="submit" className={buttonClass({})}>
          {t("searchButton")}
        </button>
      </form>
      {query && (
        <div aria-live="polite" className="space-y-3">
          <p className="text-sm text-slate-700">
            {hits.length
              ? t("searchResults", { query, count: hits.length })
              : t("noResults", { query })}{" "}
            <Link href="/policies" className="text-brand-700 underline">
              {t("clearSearch")}
            </Link>
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {hits.map((c) => (
              <li key={c.id} className="p-4">
                <Link
                  href={`/policies/${c.policy}#${clauseAnchor(c.id)}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  <span className="font-mono text-xs text-slate-500">{c.id}</span>{" "}
                  {POLICIES[c.policy].shortName[lang]} · {clauseHeading(c, lang)}
                </Link>
                <p className="mt-1 text-sm leading-6 text-slate-600">{c.summary[lang]}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
