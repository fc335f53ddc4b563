import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardTitle } from "@/components/ui/card";
import { POLICY_KEYS } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";

const steps = ["fill", "match", "result"] as const;

export default async function HomePage() {
  const t = await getTranslations();
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <p className="text-sm font-medium text-brand-700">{t("home.eyebrow")}</p>
        <h1
          id="home-title"
          className="mt-2 text-2xl leading-tight font-bold text-balance text-slate-900 sm:text-4xl"
        >
          {t("home.title")}
        </h1>
        <p className="mt-4 text-base leading-7 text-slate-700">{t("home.intro")}</p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center">
          <Link href="/check" className={buttonClass({ size: "lg" })}>
            {t("home.start")}
          </Link>
          <Link
            href="/policies"
            className="px-2 py-2 text-center font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {t("home.browse")} →
          </Link>
        </div>
      </section>

      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title" className="text-xl font-semibold text-slate-900">
          {t("home.coverageTitle")}
        </h2>
        <p className="mt-2 text-sm leading-6 text-slate-600">{t("home.coverageIntro")}</p>
        <ul className="mt-4 flex flex-wrap gap-2">
          {POLICY_KEYS.map((key) => (
            <li key={key}>
              <Badge tone="brand" className="px-3 py-1 text-sm">
                {POLICIES[key].shortName[lang]}
              </Badge>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-xl font-semibold text-slate-900">
          {t("home.stepsTitle")}
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step}>
              <Card className="h-full">
                <CardTitle>
                  <span className="mr-2 text-brand-700">{index + 1}.</span>
                  {t(`home.steps.${step}Title`)}
                </CardTitle>
                <CardBody>{t(`home.steps.${step}Body`)}</CardBody>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="audience-title" className="grid gap-4 sm:grid-cols-2">
        <Card>
          <CardTitle id="audience-title">{t("home.audienceTitle")}</CardTitle>
          <CardBody>{t("home.audienceBody")}</CardBody>
        </Card>
        <Card className="border-amber-200 bg-amber-50">
          <CardTitle>{t("home.disclaimerTitle")}</CardTitle>
          <CardBody className="text-amber-900">{t("home.disclaimerBody")}</CardBody>
        </Card>
      </section>
    </div>
  );
}
