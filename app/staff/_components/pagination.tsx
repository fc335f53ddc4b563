import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  path,
  query,
  page,
  pageSize,
  total,
}: {
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = await getTranslations("staff.common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    if (p > 1) params.set("page", String(p));
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass({ variant: "secondary" })} rel="prev">
          ← {t("previous")}
        </Link>
      ) : null}
      <span className="text-slate-600">{t("pageOf", { page, pages, total })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClass({ variant: "secondary" })} rel="next">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
