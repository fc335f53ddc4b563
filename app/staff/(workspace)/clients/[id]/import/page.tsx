import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guard, requireStaff } from "@/lib/auth/session";
import { getClient } from "@/lib/data/clients";
import { PageTitle } from "../../../../_components/controls";
import { ImportPanel } from "../../import-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.handoff");
  return { title: t("title") };
}

/** A self-check handed to the centre, imported into this client after a preview and consent. */
export default async function ImportSelfCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireStaff(`/staff/clients/${id}/import`);
  const client = await guard(getClient(actor, id));
  if (client.deletedAt) redirect(`/staff/clients/${id}`);
  const t = await getTranslations("staff.handoff");
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link
          href={`/staff/clients/${id}`}
          className="text-brand-700 underline underline-offset-4 hover:no-underline"
        >
          ← {t("back")}
        </Link>
      </p>
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-sm text-slate-600">{client.name}</p>
      <ImportPanel clientId={id} />
    </div>
  );
}
