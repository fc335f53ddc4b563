import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/engine/text";
import { changelogSince } from "@/lib/dashboard/changelog-since";
import { RULES_CHANGELOG } from "@/rules/changelog";
import { formatDate } from "../../_components/format";

/** What changed in the rules since the versions the centre's evaluations were saved under. */
export async function RulesChangelog({
  previousVersions,
  lang,
}: {
  previousVersions: readonly string[];
  lang: Lang;
}) {
  const t = await getTranslations("dashboard.impact");
  const entries = changelogSince(RULES_CHANGELOG, previousVersions);
  return (
    <section
      aria-labelledby="rules-changelog"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <h2 id="rules-changelog" className="font-semibold text-slate-900">
        {t("changelog")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("changelogNone")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {entries.map((entry) => (
            <li key={entry.version}>
              <p className="text-slate-600">
                {t("changelogEntry", {
                  version: entry.version,
                  date: formatDate(new Date(`${entry.date}T12:00:00+08:00`), lang),
                })}
              </p>
              <ul className="mt-1 list-disc space-y-1 pl-5 leading-6 text-slate-800">
                {entry.changes.map((change) => (
                  <li key={change.zh}>{change[lang]}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
