import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/session";
import { PageTitle } from "../../_components/controls";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.account");
  return { title: t("title") };
}

/** /staff/account: the logged-in person's account and password. */
export default async function AccountPage() {
  const { actor } = await requireStaff("/staff/account");
  const t = await getTranslations("staff.account");
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-sm text-slate-700">{t("who", { name: actor.name, email: actor.email })}</p>
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">{t("passwordTitle")}</h2>
        <PasswordForm />
      </Card>
    </div>
  );
}
