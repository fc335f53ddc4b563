import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { answer } from "../shared/answers";

const TEXT =
  "(十二)支持生物制造总部企业发展。大力引育生物医药、生物材料、医疗美容、化妆品等领域头部合成生物总部企业。支持符合条件的企业申报杭州总部企业,对经认定的总部企业,按有关规定享受用地“带项目条件”出让、科技研发资助等优惠政策。(牵头单位:市发改委、市投资促进局)";

const headquartersConditions = ({ profile }: { profile: EventProfile }) => [
  answer(
    profile,
    "syntheticBiology.headquarters",
    t("经认定的杭州总部企业", "a recognised Hangzhou headquarters enterprise"),
  ),
];

/** (十二) Land transferred with project conditions for recognised headquarters enterprises. */
export const headquartersLand = defineClause({
  id: "synthetic-biology/12-a",
  policy: "synthetic-biology",
  article: "（十二）",
  page: 40,
  heading: "支持生物制造总部企业发展",
  leadDepartment: "市发改委、市投资促进局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: TEXT,
  summary: t(
    "经认定的合成生物总部企业，按有关规定享受用地“带项目条件”出让等优惠政策。",
    "Recognised synthetic-biology headquarters enterprises: land transferred “with project conditions” under the relevant rules.",
  ),
  needs: t(
    "杭州总部企业认定（向市发改委、市投资促进局申报）",
    "Recognition as a Hangzhou headquarters enterprise (apply to the Development and Reform Commission or the Investment Promotion Bureau)",
  ),
  params: {},
  reads: ["syntheticBiology.headquarters"],
  conditions: headquartersConditions,
});

/** (十二) R&D funding for recognised headquarters enterprises under the headquarters rules: amount not stated. */
export const headquartersRdFunding = defineClause({
  id: "synthetic-biology/12-b",
  policy: "synthetic-biology",
  article: "（十二）",
  page: 40,
  heading: "支持生物制造总部企业发展",
  leadDepartment: "市发改委、市投资促进局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: TEXT,
  summary: t(
    "经认定的合成生物总部企业，按有关规定享受科技研发资助等优惠政策，金额未规定。",
    "Recognised synthetic-biology headquarters enterprises: R&D funding and other preferences under the relevant rules; amount not stated.",
  ),
  needs: t(
    "金额按杭州总部企业有关规定确定：请向市发改委、市投资促进局咨询；需杭州总部企业认定",
    "The amount follows the headquarters-enterprise rules: ask the Development and Reform Commission or the Investment Promotion Bureau; recognition as a headquarters enterprise is needed",
  ),
  params: {},
  reads: ["syntheticBiology.headquarters"],
  conditions: headquartersConditions,
});
