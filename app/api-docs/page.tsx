import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { curlExample } from "@/lib/api/curl";
import { API_BASE, ENDPOINTS } from "@/lib/api/endpoints";
import { PROBLEM_KINDS, PROBLEMS, problemType } from "@/lib/api/problem";
import { rateLimitPerMinute } from "@/lib/api/rate-limit";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

/** The origin the visitor reached this page on, for copy-and-paste examples. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

const codeClass = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800";

export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "zh";
  const origin = await requestOrigin();
  const code = (chunks: ReactNode) => <code className={codeClass}>{chunks}</code>;

  return (
    <div className="space-y-12">
      <section aria-labelledby="api-title" className="max-w-3xl">
        <h1 id="api-title" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t("title")}
        </h1>
        <p className="mt-4 leading-7 text-slate-700">{t("intro")}</p>
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium">
          <li>
            <a
              className="text-brand-700 underline-offset-4 hover:underline"
              href={`${API_BASE}/openapi.json`}
            >
              {t("openapiLink")}
            </a>
          </li>
          <li>
            <a
              className="text-brand-700 underline-offset-4 hover:underline"
              href={`${API_BASE}/profile-schema`}
            >
              {t("schemaLink")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-basics" className="max-w-3xl">
        <h2 id="api-basics" className="text-xl font-semibold text-slate-900">
          {t("basicsTitle")}
        </h2>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-sm leading-6 text-slate-700">
          <li>{t.rich("baseUrl", { base: `${origin}${API_BASE}`, code })}</li>
          <li>{t.rich("format", { code })}</li>
          <li>{t.rich("language", { code })}</li>
          <li>
            {t.rich("limits", { perMinute: rateLimitPerMinute(), kb: MAX_BODY_BYTES / 1024, code })}
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-endpoints">
        <h2 id="api-endpoints" className="text-xl font-semibold text-slate-900">
          {t("endpointsTitle")}
        </h2>
        <ul className="mt-4 space-y-4">
          {ENDPOINTS.map((endpoint) => (
            <li key={endpoint.id} id={`endpoint-${endpoint.id}`}>
              <Card>
                <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                  <Badge tone={endpoint.method === "POST" ? "success" : "brand"}>
                    {endpoint.method}
                  </Badge>
                  <code className="font-mono text-sm break-all">
                    {API_BASE}
                    {endpoint.path}
                  </code>
                </h3>
                <p className="mt-2 text-sm leading-6 text-slate-700">
                  {t(`endpoints.${endpoint.id}`)}
                </p>
                <p className="mt-3 text-xs font-medium text-slate-500">{t("example")}</p>
                <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-5 text-slate-100">
                  <code>{curlExample(endpoint, origin)}</code>
                </pre>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="api-errors">
        <h2 id="api-errors" className="text-xl font-semibold text-slate-900">
          {t("errorsTitle")}
        </h2>
        <p className="mt-2 max-w-3xl text-sm leading-6 text-slate-700">
          {t.rich("errorsIntro", { code })}
        </p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("errorsTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("statusColumn")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("typeColumn")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("titleColumn")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("whenColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {PROBLEM_KINDS.map((kind) => (
                <tr
                  key={kind}
                  id={`problem-${kind}`}
                  className="border-b border-slate-200 align-top"
                >
                  <td className="py-2 pr-4 font-mono">{PROBLEMS[kind].status}</td>
                  <td className="py-2 pr-4">
                    <code className="font-mono text-xs break-all">{problemType(kind)}</code>
                  </td>
                  <td className="py-2 pr-4">{PROBLEMS[kind].title[lang]}</td>
                  <td className="py-2 text-slate-600">{t(`problems.${kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
