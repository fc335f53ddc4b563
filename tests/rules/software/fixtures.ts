import type { ProfileInput } from "@/lib/profile/schema";

/** Typed builders for software test profiles. */
export type SoftwareInput = NonNullable<ProfileInput["software"]>;
export type FinanceInput = NonNullable<ProfileInput["finance"]>;
export type FirstVersionInput = NonNullable<SoftwareInput["firstVersionProducts"]>[number];
export type AppInput = NonNullable<SoftwareInput["mobileApps"]>[number];
export type CollaborativeInput = NonNullable<SoftwareInput["collaborativeProjects"]>[number];
export type PlatformInput = NonNullable<ProfileInput["platforms"]>[number];
export type HonourInput = NonNullable<ProfileInput["honours"]>[number];
export type AwardInput = NonNullable<ProfileInput["awardsReceived"]>[number];
export type Role = NonNullable<ProfileInput["enterprise"]["roles"]>[number];

type Rest = Omit<ProfileInput, "enterprise" | "version" | "software">;

/** A qualified software enterprise (一、适用范围) with the given software facts and other sections. */
export const sw = (over: Partial<SoftwareInput> = {}, rest: Rest = {}) => ({
  software: { qualifiedSoftwareEnterprise: true, ...over },
  ...rest,
});

/** Revenue of this year, last year and the year before. */
export const revenue = (
  current?: number,
  previous?: number,
  twoYearsAgo?: number,
): FinanceInput => ({
  current: { revenue: current },
  previous: { revenue: previous },
  twoYearsAgo: { revenue: twoYearsAgo },
});

export const product = (over: Partial<FirstVersionInput> = {}): FirstVersionInput => ({
  id: "fv-1",
  name: "工业设计仿真软件 V1.0",
  listLevel: "provincial",
  annualSales: 50_000_000,
  ...over,
});

export const app = (over: Partial<AppInput> = {}): AppInput => ({
  id: "app-1",
  name: "城市出行 APP",
  isGame: false,
  annualBenefit: 60_000_000,
  ...over,
});

export const collaboration = (over: Partial<CollaborativeInput> = {}): CollaborativeInput => ({
  id: "co-1",
  name: "工业操作系统协同攻关",
  field: "industrial-software",
  ledByLeadingEnterprise: true,
  participantsInvestment: 20_000_000,
  ownInvestment: 10_000_000,
  ...over,
});

export const openSourcePlatform = (over: Partial<PlatformInput> = {}): PlatformInput => ({
  id: "os-1",
  name: "开源软件测试验证平台",
  softwareInnovation: true,
  constructionInvestment: 200_000_000,
  newEnterprisesServed: 120,
  operatingExpense: 5_000_000,
  ...over,
});

export const award = (
  clauseId: string,
  amount: number,
  year: number,
  itemKey?: string,
): AwardInput => ({ id: `${clauseId}-${year}`, clauseId, amount, year, itemKey });

/** A profile whose applicant has the given roles (beneficiaries other than enterprises, readings rule 10). */
export const as = (roles: Role[], rest: Omit<ProfileInput, "enterprise" | "version"> = {}) => ({
  enterprise: { roles },
  ...rest,
});
