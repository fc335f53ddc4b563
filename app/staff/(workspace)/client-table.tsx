import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { listClients } from "@/lib/data/clients";
import { roundLabel, roundOf } from "@/lib/engine/round";
import { tdClass } from "../_components/controls";
import { DataTable } from "../_components/data-table";
import { formatDate } from "../_components/format";

type Clients = Awaited<ReturnType<typeof listClients>>;

/** One page of clients: name (link), credit code, district, centre (admins), evaluations. */
export async function ClientTable({ result, isAdmin }: { result: Clients; isAdmin: boolean }) {
  const t = await getTranslations("staff.clients");
  const tc = await getTranslations("staff.common");
  const locale = await getLocale();
  const lang = locale === "en" ? "en" : "zh";
  return (
    <DataTable
      caption={t("tableCaption", { total: result.total })}
      columns={[
        t("name"),
        t("creditCode"),
        t("district"),
        ...(isAdmin ? [t("centre")] : []),
        t("evaluations"),
      ]}
    >
      <tbody>
        {result.items.map((c) => (
          <tr
            key={c.id}
            className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
          >
            <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
              <Link
                href={`/staff/clients/${c.id}`}
                className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
              >
                {c.name}
              </Link>
            </td>
            <td
              className={`${tdClass} font-mono text-xs max-sm:block max-sm:border-0 max-sm:py-0.5`}
            >
              {c.creditCode ?? tc("noCreditCode")}
            </td>
            <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
              {c.district ?? "—"}
            </td>
            {isAdmin && (
              <td className={`${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`}>
                {c.centreName}
              </td>
            )}
            <td className={`${tdClass} text-slate-600 max-sm:block max-sm:border-0 max-sm:py-0.5`}>
              {c.lastEvaluatedAt
                ? t("evaluatedCount", {
                    count: c.evaluations,
                    date: formatDate(c.lastEvaluatedAt, locale),
                  })
                : t("notEvaluated")}
              {c.lastRound !== null && (
                <span className="block text-xs">{roundLabel(roundOf(c.lastRound))[lang]}</span>
              )}
              {c.reevaluate === "rules" && (
                <Badge tone="warning" className="ml-2">
                  {t("reevaluateRules")}
                </Badge>
              )}
              {c.reevaluate === "profile" && (
                <Badge className="ml-2">{t("reevaluateProfile")}</Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
