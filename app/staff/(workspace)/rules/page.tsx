import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/session";
import { registry } from "@/rules";
import { RULES_CHANGELOG } from "@/rules/changelog";
import { PageTitle } from "../../_components/controls";
import { formatDate } from "../../_components/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.rules");
  return { title: t("title") };
}

/** /staff/rules: the rules version in use and what changed in each version. */
export default async function RulesPage() {
  await requireStaff("/staff/rules");
  const t = await getTranslations("staff.rules");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-sm leading-6 text-slate-700">
        {t("current")} <code className="font-mono text-sm">{registry.version}</code>
        <br />
        {t("intro")}
      </p>
      <ol className="space-y-4" aria-label={t("changelog")}>
        {RULES_CHANGELOG.map((entry) => (
          <li key={entry.version}>
            <Card>
              <h2 className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold text-slate-900">
                <code className="font-mono">{entry.version}</code>
                <span className="text-sm font-normal text-slate-600">
                  {formatDate(new Date(`${entry.date}T12:00:00+08:00`), lang)}
                </span>
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-6 text-slate-700">
                {entry.changes.map((change) => (
                  <li key={change.zh}>{change[lang]}</li>
                ))}
              </ul>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
