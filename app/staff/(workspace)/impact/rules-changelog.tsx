import { getTranslations } from "next-intl/server";
import { RULES_EDITION } from "@/rules/version";

/** What changed in the rules: the edition in force (the per-edition changelog joins it here). */
export async function RulesChangelog() {
  const t = await getTranslations("dashboard.impact");
  return (
    <section
      aria-labelledby="rules-changelog"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <h2 id="rules-changelog" className="font-semibold text-slate-900">
        {t("changelog")}
      </h2>
      <p className="text-slate-700">{t("edition", { edition: RULES_EDITION })}</p>
    </section>
  );
}
