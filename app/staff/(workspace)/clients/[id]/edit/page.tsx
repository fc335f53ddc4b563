import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { JsonObject } from "@/lib/browser/json-path";
import { guard, requireStaff } from "@/lib/auth/session";
import { getClient } from "@/lib/data/clients";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { PageTitle } from "../../../../_components/controls";
import { ClientForm } from "../../client-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.clientForm");
  return { title: t("editTitle") };
}

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireStaff(`/staff/clients/${id}/edit`);
  const client = await guard(getClient(actor, id));
  if (client.deletedAt) redirect(`/staff/clients/${id}`);
  const t = await getTranslations("staff.clientForm");
  return (
    <div className="space-y-6">
      <PageTitle>{t("editTitle")}</PageTitle>
      <p className="text-sm text-slate-600">{client.name}</p>
      <ClientForm
        districts={DISTRICTS}
        initial={{
          id: client.id,
          version: client.version,
          name: client.name,
          creditCode: client.creditCode ?? "",
          district: client.district ?? "",
          contactName: client.contactName ?? "",
          contactPhone: client.contactPhone ?? "",
          notes: client.notes ?? "",
          profile: client.profile as unknown as JsonObject,
        }}
      />
    </div>
  );
}
