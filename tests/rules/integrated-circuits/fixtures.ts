import type { ProfileInput } from "@/lib/profile/schema";

/** Typed builders for integrated-circuits test profiles. */
export type IcInput = NonNullable<ProfileInput["integratedCircuits"]>;
export type IcProjectInput = NonNullable<IcInput["projects"]>[number];
export type PlatformInput = NonNullable<ProfileInput["platforms"]>[number];
export type Role = NonNullable<ProfileInput["enterprise"]["roles"]>[number];

/** A project that is only a high-end chip taped out for the first time. */
export const chipProject = (over: Partial<IcProjectInput> = {}): IcProjectInput => ({
  id: "chip-1",
  name: "车规级 MCU 芯片",
  totalInvestment: 200_000_000,
  otherGovernmentSupport: 0,
  highEndChipInKeyField: true,
  firstTapeOutCost: 40_000_000,
  keyMaterialOrEquipment: false,
  edaTool: false,
  ...over,
});

/** A project that is only in-house R&D of key materials or core equipment. */
export const materialsProject = (over: Partial<IcProjectInput> = {}): IcProjectInput => ({
  id: "mat-1",
  name: "12 英寸 CMP 抛光设备",
  totalInvestment: 300_000_000,
  otherGovernmentSupport: 0,
  highEndChipInKeyField: false,
  keyMaterialOrEquipment: true,
  materialEquipmentRdInvestment: 60_000_000,
  materialEquipmentSold: true,
  edaTool: false,
  ...over,
});

/** A project that is only an EDA tool. */
export const edaProject = (over: Partial<IcProjectInput> = {}): IcProjectInput => ({
  id: "eda-1",
  name: "模拟电路仿真 EDA 工具",
  totalInvestment: 50_000_000,
  otherGovernmentSupport: 0,
  highEndChipInKeyField: false,
  keyMaterialOrEquipment: false,
  edaTool: true,
  edaRdInvestment: 12_000_000,
  edaToolSold: true,
  ...over,
});

export const ic = (over: Partial<IcInput> = {}): Pick<ProfileInput, "integratedCircuits"> => ({
  integratedCircuits: over,
});

export const projects = (...list: IcProjectInput[]) => ic({ projects: list });

export const techPlatform = (over: Partial<PlatformInput> = {}): PlatformInput => ({
  id: "plat-1",
  name: "集成电路先进封测公共技术平台",
  icPublicTechnology: true,
  completed: true,
  constructionInvestment: 600_000_000,
  otherGovernmentSupport: 0,
  industries: ["integrated-circuits"],
  smeServiceRevenue: 50_000_000,
  ...over,
});

/** A profile whose applicant has the given roles (beneficiaries other than enterprises, readings rule 10). */
export const as = (roles: Role[], rest: Omit<ProfileInput, "enterprise" | "version"> = {}) => ({
  enterprise: { roles },
  ...rest,
});

/**
 * An IC designer whose high-end chip had its first tape-out in 2026 (the year the policy ends), as
 * the self-check exports it: shared by the rounds test and tests/e2e/ic-rounds.spec.ts.
 */
export const icDesigner = {
  version: 2,
  enterprise: {
    name: "杭州芯途微电子有限公司",
    registeredInHangzhou: true,
    industries: ["integrated-circuits"],
    roles: ["enterprise"],
  },
  integratedCircuits: { projects: [chipProject()] },
} as const satisfies ProfileInput;
