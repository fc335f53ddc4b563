import { toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { isVisionEnterprise } from "./shared";

export const talentSelfRecognition = defineClause({
  id: "visual-intelligence/10",
  policy: "visual-intelligence",
  article: "四、（三）10.",
  page: 37,
  heading: "加大人才引育力度",
  leadDepartment: "市委人才办",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "10.加大人才引育力度。授权符合条件的视觉智能企业开展人才自主认定,推动人才待遇落实。加强高校视觉智能人才培养,鼓励校企联合推动产学研合作,探索建立具有杭州特色的卓越工程师培养体系。(市委人才办、市经信局、市人力社保局、市教育局)",
  summary: t(
    "授权符合条件的视觉智能企业开展人才自主认定，推动人才待遇落实；加强高校人才培养和校企产学研合作。",
    "Qualified visual-intelligence enterprises are authorised to recognise talent themselves, with talent benefits delivered; university training and industry–university cooperation are strengthened.",
  ),
  needs: t(
    "企业人才队伍情况；授权条件未在本文规定，请向市委人才办（牵头）咨询人才自主认定授权。",
    "The enterprise's talent profile; the conditions for authorisation are not in this text: ask the Municipal Party Committee's Talent Office (the Municipal Party Committee Talent Office, lead).",
  ),
  params: {},
  reads: ["enterprise.industries"],
  conditions: ({ profile }) => [
    isVisionEnterprise(profile),
    toWin(
      t(
        "经授权开展人才自主认定（条件由市委人才办确定）",
        "authorised to recognise talent (conditions set by the Talent Office)",
      ),
    ),
  ],
});
