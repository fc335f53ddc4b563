import { getLocale } from "next-intl/server";
import { clauseTitle, factLabel } from "@/components/results/labels";
import { staffRoute } from "@/lib/auth/api";
import { worklistXlsx } from "@/lib/dashboard/export";
import { recordAudit } from "@/lib/data/audit";
import { worklist } from "@/lib/data/worklist";
import type { Lang } from "@/lib/engine/text";
import { worklistQuery } from "@/app/staff/(workspace)/worklist/query";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /api/staff/worklist/export?<the worklist's filters> — every matching row as Excel. */
export const GET = staffRoute(async ({ actor, request }) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const { query } = worklistQuery(raw, actor);
  const lang: Lang = (await getLocale()) === "en" ? "en" : "zh";
  const list = await worklist(actor, { ...query, pageSize: 0 });
  const body = await worklistXlsx(list.rows, lang, {
    clause: (id) => clauseTitle(id, lang),
    fact: (path) => factLabel(path, lang, list.basis.round.eventYear),
  });
  await recordAudit({
    actor,
    action: "export",
    entity: "client",
    centreId: actor.role === "admin" ? (query.centreId ?? null) : actor.centreId,
    summary: `导出申报工作清单（${list.total} 家客户）`,
    detail: { rows: list.total, filters: Object.keys(raw).filter((k) => k !== "page") },
  });
  const year = list.basis.round.year;
  const name = lang === "zh" ? `申报工作清单-${year}年申报.xlsx` : `worklist-round-${year}.xlsx`;
  return new Response(body as unknown as BodyInit, {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="worklist-round-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
});
