import type { ProfileInput } from "@/lib/profile/schema";

/**
 * The request shown in the API documentation: a class-1 chemical drug in a phase II trial with
 * 30,000,000 yuan of R&D, which biomedicine/3 funds at 40 %, up to 20,000,000 for phase II.
 */
export const EXAMPLE_EVALUATE_REQUEST = {
  profile: {
    enterprise: {
      name: "杭州示例生物医药有限公司",
      industries: ["biomedicine"],
      registeredInHangzhou: true,
    },
    biomedicine: {
      drugs: [
        {
          id: "drug-1",
          name: "示例 1 类新药",
          drugType: "chemical",
          registrationClass: "1",
          clinicalPhase: "II",
          licensedAndIndustrialised: true,
          rdInvestment: 30_000_000,
        },
      ],
    },
  },
  round: 2025,
} as const satisfies { profile: ProfileInput; round: number };

export const EXAMPLE_CLAUSE_ID = "biomedicine/3";
export const EXAMPLE_POLICY_KEY = "biomedicine";
