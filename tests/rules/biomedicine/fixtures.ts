import type { ProfileInput } from "@/lib/profile/schema";

/** Typed builders for biomedicine test profiles. */
export type BiomedicineInput = NonNullable<ProfileInput["biomedicine"]>;
export type DrugInput = NonNullable<BiomedicineInput["drugs"]>[number];
export type DeviceInput = NonNullable<BiomedicineInput["devices"]>[number];
export type InstitutionInput = NonNullable<BiomedicineInput["medicalInstitution"]>;
export type Role = NonNullable<ProfileInput["enterprise"]["roles"]>[number];

export const drug = (over: Partial<DrugInput> = {}): DrugInput => ({
  id: "d1",
  name: "XY-101",
  drugType: "chemical",
  registrationClass: "1",
  clinicalPhase: "II",
  licensedAndIndustrialised: true,
  rdInvestment: 30_000_000,
  ...over,
});

export const device = (over: Partial<DeviceInput> = {}): DeviceInput => ({
  id: "m1",
  name: "血管介入导管",
  deviceClass: "III",
  innovative: true,
  innovativeSpecialReview: false,
  firstRegistrationCertificate: true,
  industrialised: true,
  rdInvestment: 10_000_000,
  ...over,
});

/** A profile whose applicant has the given roles (beneficiaries other than enterprises, readings rule 10). */
export const as = (
  roles: Role[],
  rest: Omit<ProfileInput, "enterprise" | "version"> = {},
  enterprise: ProfileInput["enterprise"] = {},
) => ({
  enterprise: { ...enterprise, roles },
  ...rest,
});

export const institution = (over: InstitutionInput) =>
  as(["medical-institution"], { biomedicine: { medicalInstitution: over } });
