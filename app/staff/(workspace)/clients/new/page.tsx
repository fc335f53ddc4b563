import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { listCentres } from "@/lib/data/centres";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { PageTitle } from "../../../_components/controls";
import { NewClient } from "./new-client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.clientForm");
  return { title: t("newTitle") };
}

export default async function NewClientPage() {
  const { actor } = await requireStaff("/staff/clients/new");
  const t = await getTranslations("staff.clientForm");
  const centres = actor.role === "admin" ? await listCentres(actor) : undefined;
  return (
    <div className="space-y-6">
      <PageTitle>{t("newTitle")}</PageTitle>
      <NewClient
        districts={DISTRICTS}
        centres={centres?.map((c) => ({ id: c.id, name: c.name }))}
        initial={{
          name: "",
          creditCode: "",
          district: "",
          contactName: "",
          contactPhone: "",
          notes: "",
          profile: { version: 1, enterprise: { industries: [], roles: ["enterprise"] } },
        }}
      />
    </div>
  );
}
