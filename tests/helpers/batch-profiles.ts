/**
 * The three enterprises of tests/helpers/batch-workbook.ts threeEnterprises as version-1 profiles:
 * 甲 with two drugs, 乙 with an industrialisation project, 丙 with a drug and a project.
 */

const base = (code: string, name: string, industries: string[]) => ({
  enterprise: {
    name,
    creditCode: code,
    district: "西湖区",
    industries,
    registeredInHangzhou: true,
    aboveDesignatedSize: true,
    reportingYear: 2025,
  },
  finance: {
    current: { revenue: 200_000_000, rdExpense: 30_000_000 },
    previous: { revenue: 150_000_000 },
  },
});
const drug = (id: string, name: string, drugType: string, phase: string, rd: number) => ({
  id,
  name,
  drugType,
  registrationClass: "1",
  clinicalPhase: phase,
  licensedAndIndustrialised: true,
  rdInvestment: rd,
});
/** The three enterprises of threeEnterprises written as profiles (items without an ID get sheet and row). */
export const threeEnterpriseProfiles = (codes: readonly string[]) => [
  {
    ...base(codes[0]!, "甲生物医药有限公司", ["biomedicine"]),
    biomedicine: {
      drugs: [
        drug("drugs-2", "创新药一号", "chemical", "III", 80_000_000),
        drug("drugs-3", "创新药二号", "biologic", "I", 120_000_000),
      ],
    },
  },
  {
    ...base(codes[1]!, "乙生物制造有限公司", ["biomedicine"]),
    projects: [
      {
        id: "projects-2",
        name: "技改项目",
        year: 2024,
        totalInvestment: 150_000_000,
        eligibleInvestment: 100_000_000,
        isIndustrialisation: true,
        isFixedAssetInvestment: true,
        completed: true,
        recognised: true,
      },
    ],
  },
  {
    ...base(codes[2]!, "丙生物有限公司", ["biomedicine", "synthetic-biology"]),
    biomedicine: { drugs: [drug("drugs-4", "生物药", "biologic", "II", 50_000_000)] },
    projects: [
      {
        id: "projects-3",
        name: "产业化项目",
        year: 2024,
        totalInvestment: 60_000_000,
        eligibleInvestment: 50_000_000,
        isIndustrialisation: true,
        completed: true,
      },
    ],
  },
];
