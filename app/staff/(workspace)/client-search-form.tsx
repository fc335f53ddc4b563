import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { listCentres } from "@/lib/data/centres";
import { currentRound, roundChoices } from "@/lib/rounds";
import { roundLabel, roundOf } from "@/lib/engine/round";
import { Select } from "../_components/controls";
import { DistrictSelect } from "../_components/district-select";

import type { Search } from "./page";

type Centres = Awaited<ReturnType<typeof listCentres>>;

/** The client list's search: name or credit code, district, round, centre (admins), flags. */
export async function ClientSearchForm({
  s,
  isAdmin,
  centres,
}: {
  s: Search;
  isAdmin: boolean;
  centres: Centres;
}) {
  const t = await getTranslations("staff.clients");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  return (
    <form
      role="search"
      aria-label={t("searchLabel")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div className="space-y-1">
        <label htmlFor="client-q" className="block text-sm font-medium text-slate-800">
          {t("search")}
        </label>
        <Input
          id="client-q"
          name="q"
          type="search"
          defaultValue={s.q}
          placeholder={t("searchHint")}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="client-district" className="block text-sm font-medium text-slate-800">
          {t("district")}
        </label>
        <DistrictSelect
          id="client-district"
          name="district"
          defaultValue={s.district ?? ""}
          none={t("allDistricts")}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="client-round" className="block text-sm font-medium text-slate-800">
          {t("roundFilter")}
        </label>
        <Select id="client-round" name="round" defaultValue={s.round ?? ""}>
          <option value="">{t("anyRound")}</option>
          {roundChoices(currentRound()).map((year) => (
            <option key={year} value={year}>
              {roundLabel(roundOf(year))[lang]}
            </option>
          ))}
        </Select>
      </div>
      {isAdmin && (
        <div className="space-y-1">
          <label htmlFor="client-centre" className="block text-sm font-medium text-slate-800">
            {t("centre")}
          </label>
          <Select id="client-centre" name="centre" defaultValue={s.centre ?? ""}>
            <option value="">{t("allCentres")}</option>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="deleted"
            value="1"
            defaultChecked={!!s.deleted}
            className="h-4 w-4 accent-brand-600"
          />
          {t("showDeleted")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="stale"
            value="1"
            defaultChecked={!!s.stale}
            className="h-4 w-4 accent-brand-600"
          />
          {t("onlyStale")}
        </label>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          {t("searchButton")}
        </button>
      </div>
    </form>
  );
}
