import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { listCentres } from "@/lib/data/centres";
import { centreWebhooks } from "@/lib/data/webhooks";
import { DistrictSelect } from "../../_components/district-select";
import { createCentreAction, renameCentreAction, setWebhookAction } from "./actions";

import { FieldLabel } from "./field-label";

type Centres = Awaited<ReturnType<typeof listCentres>>;
type Webhooks = Awaited<ReturnType<typeof centreWebhooks>>;

/** The admin's service centres: rename, set the reminder webhook, create. */
export async function CentresSection({
  centres,
  webhooks,
}: {
  centres: Centres;
  webhooks: Webhooks;
}) {
  const t = await getTranslations("staff.admin");
  const tw = await getTranslations("dashboard.webhook");
  return (
    <section aria-labelledby="centres-title" className="space-y-3">
      <h2 id="centres-title" className="text-lg font-semibold text-slate-900">
        {t("centresTitle")}
      </h2>
      <ul className="space-y-2">
        {centres.map((c) => (
          <li key={c.id}>
            <Card className="p-3">
              <form
                action={renameCentreAction}
                className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
              >
                <input type="hidden" name="id" value={c.id} />
                <div className="space-y-1">
                  <FieldLabel id={`centre-name-${c.id}`} text={t("centreName")} />
                  <Input id={`centre-name-${c.id}`} name="name" defaultValue={c.name} required />
                </div>
                <div className="space-y-1">
                  <FieldLabel id={`centre-district-${c.id}`} text={t("district")} />
                  <DistrictSelect
                    id={`centre-district-${c.id}`}
                    name="district"
                    defaultValue={c.district ?? ""}
                    none={"—"}
                  />
                </div>
                <Button type="submit" variant="secondary">
                  {t("save")}
                </Button>
                <p className="text-xs text-slate-600 sm:col-span-3">
                  {t("centreCounts", { staff: c.staff, clients: c.clients })}
                </p>
              </form>
              <form
                action={setWebhookAction}
                className="mt-2 grid gap-2 border-t border-slate-100 pt-2 sm:grid-cols-[1fr_auto] sm:items-end"
              >
                <input type="hidden" name="id" value={c.id} />
                <div className="space-y-1">
                  <FieldLabel id={`centre-webhook-${c.id}`} text={tw("label")} />
                  <Input
                    id={`centre-webhook-${c.id}`}
                    name="webhookUrl"
                    type="url"
                    inputMode="url"
                    defaultValue={webhooks.get(c.id)?.url ?? ""}
                    placeholder="https://"
                    aria-describedby={`centre-webhook-${c.id}-hint`}
                  />
                  <p id={`centre-webhook-${c.id}-hint`} className="text-xs text-slate-600">
                    {tw("hint")}
                    {webhooks.get(c.id)?.last &&
                      ` ${tw("last", {
                        day: webhooks.get(c.id)!.last!.day,
                        status: tw(
                          `status.${webhooks.get(c.id)!.last!.status as "pending" | "sent" | "failed"}`,
                        ),
                      })}`}
                  </p>
                </div>
                <Button type="submit" variant="secondary">
                  {t("save")}
                </Button>
              </form>
            </Card>
          </li>
        ))}
      </ul>
      <Card className="p-3">
        <form
          action={createCentreAction}
          className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
        >
          <div className="space-y-1">
            <FieldLabel id={"new-centre-name"} text={t("newCentre")} />
            <Input id="new-centre-name" name="name" required />
          </div>
          <div className="space-y-1">
            <FieldLabel id={"new-centre-district"} text={t("district")} />
            <DistrictSelect id="new-centre-district" name="district" defaultValue="" none={"—"} />
          </div>
          <Button type="submit">{t("createCentre")}</Button>
        </form>
      </Card>
    </section>
  );
}
