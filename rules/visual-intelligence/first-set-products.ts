import { above, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import type { z } from "zod";
import type { visionFirstSetProductSchema } from "@/lib/profile/sections/visual-intelligence";
import { OVERLAP } from "../shared/overlap-groups";
import { namedItems } from "../shared/items";
import { UNDER_EXISTING_POLICIES } from "./shared";

type FirstSetProduct = z.output<typeof visionFirstSetProductSchema>;

const products = namedItems<FirstSetProduct>(
  (p) => p.visualIntelligence?.firstSetProducts,
  "visualIntelligence.firstSetProducts",
  t("首台（套）产品", "first-of-a-kind product"),
);

export const firstSetTerminals = defineClause({
  id: "visual-intelligence/12",
  policy: "visual-intelligence",
  article: "四、（四）12.",
  page: 37,
  heading: "支持首台(套)产品应用",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "12.支持首台(套)产品应用。编制视觉智能终端首台(套)产品推广指南,对符合条件的企业,按年度首台(套)产品对非关联方销售额给予相应补助。(市经信局)",
  summary: t(
    "符合条件的企业，按年度视觉智能终端首台（套）产品对非关联方销售额给予相应补助；比例和上限未规定。",
    "Qualified enterprises: a subsidy on the year's sales of first-of-a-kind visual-intelligence terminals to non-affiliated parties; rate and cap not stated.",
  ),
  needs: t(
    "首台（套）产品认定材料（符合推广指南）、年度对非关联方销售合同与发票。补助比例未规定，请向市经信局（牵头）咨询推广指南和补助标准。",
    "First-of-a-kind recognition (per the promotion guide) and the year's contracts and invoices with non-affiliated buyers. The rate is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [UNDER_EXISTING_POLICIES],
  params: {},
  reads: [
    "visualIntelligence.firstSetProducts[].qualifies",
    "visualIntelligence.firstSetProducts[].nonAffiliatedSales",
  ],
  items: products,
  exclusiveGroup: OVERLAP.firstSetProduct,
  conditions: ({ item }) => [
    fact(
      t(
        "符合视觉智能终端首台（套）产品推广指南的条件",
        "meets the conditions of the first-of-a-kind terminal guide",
      ),
      item.qualifies,
      ["visualIntelligence.firstSetProducts[].qualifies"],
    ),
    above(
      t("年度对非关联方有销售额", "sales to non-affiliated parties in the year"),
      item.nonAffiliatedSales,
      0,
      {
        facts: ["visualIntelligence.firstSetProducts[].nonAffiliatedSales"],
      },
    ),
  ],
});
