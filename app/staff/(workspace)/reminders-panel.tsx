import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { factLabel } from "@/components/results/labels";
import { reminders } from "@/lib/data/reminders";
import { formatMoneyShort } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Actor } from "@/lib/auth/actor";
import { listSep } from "@/lib/browser/punctuation";
import { POLICIES } from "@/rules/policies";

const link = "text-brand-700 underline underline-offset-4 hover:no-underline";

/** The workspace home's "needs attention" list: the same items the centre's webhook receives. */
export async function RemindersPanel({
  actor,
  centreId,
  lang,
}: {
  actor: Actor;
  centreId?: string;
  lang: Lang;
}) {
  const t = await getTranslations("dashboard.reminders");
  const r = await reminders(actor, { centreId });
  const money = (n: number) => formatMoneyShort(n, lang);
  const names = (clients: readonly { name: string }[], count: number) =>
    clients
      .slice(0, 5)
      .map((c) => c.name)
      .join(listSep(lang)) + (count > 5 ? ` ${t("andMore", { count })}` : "");
  const nothing =
    r.claimable.count + r.ending.length + r.notOnCurrentRules.count + r.needsInfo.count === 0;
  return (
    <section
      aria-labelledby="reminders-title"
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50/60 p-4 text-sm"
      data-testid="reminders"
    >
      <h2 id="reminders-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {nothing ? (
        <p className="text-slate-700">{t("nothing")}</p>
      ) : (
        <ul className="list-disc space-y-2 pl-5 text-slate-800">
          {r.claimable.count > 0 && (
            <li>
              {t("claimableText", {
                count: r.claimable.count,
                fixed: money(r.claimable.fixed),
                upTo: money(r.claimable.upTo),
                toWin: money(r.claimable.toWin),
              })}{" "}
              <span className="text-slate-600">
                {names(r.claimable.clients, r.claimable.count)}
              </span>{" "}
              <Link href="/staff/worklist" className={link}>
                {t("openWorklist")}
              </Link>
            </li>
          )}
          {r.ending.map((p) => (
            <li key={p.policy}>
              {t("ending", {
                policy: POLICIES[p.policy].shortName[lang],
                date: p.lastDay,
                days: p.days,
                count: p.count,
              })}
              {lang === "zh" ? "：" : ": "}
              <span className="text-slate-600">{names(p.clients, p.count)}</span>{" "}
              <Link href={`/staff/worklist?policy=${p.policy}`} className={link}>
                {t("openWorklist")}
              </Link>
            </li>
          ))}
          {r.notOnCurrentRules.count > 0 && (
            <li>
              {t("stale", { count: r.notOnCurrentRules.count })}
              {lang === "zh" ? "：" : ": "}
              <span className="text-slate-600">
                {r.notOnCurrentRules.clients
                  .slice(0, 5)
                  .map((c) => {
                    const why = c.never ? t("never") : t("staleRules");
                    return lang === "zh" ? `${c.name}（${why}）` : `${c.name} (${why})`;
                  })
                  .join(listSep(lang))}
              </span>{" "}
              <Link href="/staff?stale=1" className={link}>
                {t("openStale")}
              </Link>{" "}
              <Link href="/staff/impact" className={link}>
                {t("openImpact")}
              </Link>
            </li>
          )}
          {r.needsInfo.count > 0 && (
            <li>
              {t("needsInfo", { count: r.needsInfo.count, threshold: money(r.threshold) })}
              <ul className="mt-1 list-[circle] space-y-0.5 pl-5 text-slate-700">
                {r.needsInfo.clients.slice(0, 5).map((c) => (
                  <li key={c.clientId}>
                    <Link href={`/staff/clients/${c.clientId}`} className={link}>
                      {t("needsInfoClient", {
                        name: c.name,
                        amount: money(c.ceiling),
                        facts: c.missing
                          .slice(0, 3)
                          .map((m) => factLabel(m.path, lang))
                          .join(listSep(lang)),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
