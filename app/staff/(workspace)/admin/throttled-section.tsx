import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listThrottledAccounts } from "@/lib/data/throttle";
import { formatDateTime } from "../../_components/format";
import { unlockAccountAction } from "./actions";

type Throttled = Awaited<ReturnType<typeof listThrottledAccounts>>;

/** Accounts with failed logins, per address, with the admin's unlock. */
export async function ThrottledSection({ throttled }: { throttled: Throttled }) {
  const t = await getTranslations("staff.admin");
  const locale = await getLocale();
  return (
    <section aria-labelledby="throttled-title" className="space-y-3">
      <h2 id="throttled-title" className="text-lg font-semibold text-slate-900">
        {t("throttledTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("throttledIntro")}</p>
      {throttled.length === 0 ? (
        <p className="text-sm text-slate-600">{t("throttledNone")}</p>
      ) : (
        <ul className="space-y-2">
          {throttled.map((a) => (
            <li key={a.email}>
              <Card className="space-y-2 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <p className="font-medium text-slate-900">{a.email}</p>
                    <p className="text-sm text-slate-600">
                      {t("throttledCount", {
                        failures: a.failures,
                        last: formatDateTime(a.lastFailureAt, locale),
                      })}
                    </p>
                  </div>
                  <form action={unlockAccountAction}>
                    <input type="hidden" name="email" value={a.email} />
                    <Button type="submit" variant="secondary">
                      {t("unlock")}
                    </Button>
                  </form>
                </div>
                <ul className="space-y-1 text-sm text-slate-700">
                  {a.addresses.map((address) => (
                    <li key={address.ip}>
                      {t("throttledAddress", { ip: address.ip, failures: address.failures })}{" "}
                      {address.lockedUntil && (
                        <Badge tone="warning">
                          {t("lockedUntil", {
                            time: formatDateTime(address.lockedUntil, locale),
                          })}
                        </Badge>
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
