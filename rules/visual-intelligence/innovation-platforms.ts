import { atLeast } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { startYearOf } from "../policies";
import { L } from "../shared/labels";
import { answer } from "../shared/answers";
import { upToCap } from "../shared/amounts";
import { UNDER_EXISTING_POLICIES } from "./shared";

const TEXT =
  "对新认定的视觉智能领域国家制造业创新中心,按规定给予最高 1亿元资金补助。对认定的省技术创新中心,按照省有关要求,市、区两级落实配套资金。(市经信局、市科技局)";

/** The year the policy took effect: "新认定" counts recognitions from then on. */
const POLICY_START_YEAR = startYearOf("visual-intelligence");

export const nationalInnovationCentre = defineClause({
  id: "visual-intelligence/9-a",
  policy: "visual-intelligence",
  article: "四、（三）9.",
  page: 37,
  heading: "支持创建高能级平台",
  leadDepartment: "市经信局",
  beneficiary: "platform",
  kind: "up-to",
  requiresReview: false,
  text: TEXT,
  summary: t(
    "新认定的视觉智能领域国家制造业创新中心，按规定给予最高 1 亿元资金补助。",
    "A newly recognised national manufacturing innovation centre in visual intelligence: a subsidy of up to CNY 100M under the rules.",
  ),
  needs: t(
    "工信部国家制造业创新中心认定文件（视觉智能领域）。",
    "The MIIT recognition as a national manufacturing innovation centre in visual intelligence.",
  ),
  readings: [
    t(
      "“按规定给予最高 1 亿元”：1 亿元为上限，具体金额按市经信局有关规定核定。",
      "“Up to CNY 100M under the rules”: CNY 100M is a ceiling; the actual sum is set under the bureau's rules.",
    ),
    L.conservative(
      `“新认定”按本意见施行（${POLICY_START_YEAR} 年）以来认定计。`,
      `“newly recognised” counts recognitions from ${POLICY_START_YEAR}, when the policy took effect.`,
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {
    cap: param.yuan(yi(1), t("资金补助最高", "subsidy, at most")),
    fromYear: param.year(
      POLICY_START_YEAR,
      t(
        "认定年度不早于（本意见施行年度）",
        "recognised in or after (the year the policy took effect)",
      ),
    ),
  },
  reads: ["visualIntelligence.nationalInnovationCentreYear"],
  conditions: ({ profile, params }) => [
    atLeast(
      t(
        `${params.fromYear.value} 年及以后新认定的视觉智能领域国家制造业创新中心`,
        `a national manufacturing innovation centre in visual intelligence recognised in ${params.fromYear.value} or later`,
      ),
      profile.visualIntelligence?.nationalInnovationCentreYear,
      params.fromYear.value,
      { facts: ["visualIntelligence.nationalInnovationCentreYear"], unit: "year" },
    ),
  ],
  amount: upToCap,
});

export const provincialTechInnovationCentre = defineClause({
  id: "visual-intelligence/9-b",
  policy: "visual-intelligence",
  article: "四、（三）9.",
  page: 37,
  heading: "支持创建高能级平台",
  leadDepartment: "市经信局",
  beneficiary: "platform",
  kind: "unspecified",
  requiresReview: false,
  text: "对认定的省技术创新中心,按照省有关要求,市、区两级落实配套资金。(市经信局、市科技局)",
  summary: t(
    "认定的省技术创新中心，按照省有关要求，市、区两级落实配套资金；金额未规定。",
    "Recognised provincial technology innovation centres: city and district matching funds according to provincial requirements; amount not stated.",
  ),
  needs: t(
    "省技术创新中心认定文件及省级资助文件。配套金额按省有关要求执行、本文未规定，请向市经信局（牵头）和市科技局咨询。",
    "The provincial recognition and funding documents. The matching follows provincial requirements and is not stated here: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead) and the Science and Technology Bureau.",
  ),
  readings: [UNDER_EXISTING_POLICIES],
  params: {},
  reads: ["visualIntelligence.provincialTechInnovationCentre"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.provincialTechInnovationCentre",
      t("认定为省技术创新中心", "recognised as a provincial technology innovation centre"),
    ),
  ],
});
