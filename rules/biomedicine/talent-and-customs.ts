import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";

const TALENT_TEXT =
  "(二十四)加大生物医药领域人才队伍建设。探索具有“杭州特色”的生物医药人才评价标准,在高层次人才分类评价中予以支持。授权符合条件的重点用人单位试行按岗位、能力、实绩等方面对高层次人才进行分类评价。对生物医药高层次人才创新创业予以一定额度无抵押融资担保。积极推进生物医药产业的国际职业资格比照认定及专项评审等工作,畅通生物医药专业技术人才职称评审渠道。(牵头单位:市委人才办、市经信局,配合单位:市人力社保局、市卫生健康委员会、市地方金融监管局)";

export const talentEvaluation = defineClause({
  id: "biomedicine/24-a",
  policy: "biomedicine",
  article: "（二十四）",
  page: 7,
  heading: "加大生物医药领域人才队伍建设",
  leadDepartment: "市委人才办、市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: TALENT_TEXT,
  summary: t(
    "生物医药人才在高层次人才分类评价中予以支持；授权符合条件的重点用人单位自主分类评价高层次人才；推进国际职业资格比照认定，畅通职称评审渠道。",
    "Biomedicine talent is supported in high-level talent classification; qualified key employers may classify their own talent; foreign qualifications are recognised and title channels opened.",
  ),
  needs: t(
    "人才情况与用人单位资质；向市委人才办、市经信局咨询",
    "Talent records and employer standing; ask the Municipal Party Committee Talent Office or the Municipal Bureau of Economy and Information Technology",
  ),
  params: {},
  reads: ["biomedicine.highLevelTalent"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.highLevelTalent",
      t("拥有生物医药高层次人才", "employs high-level biomedicine talent"),
    ),
  ],
});

export const talentVentureGuarantee = defineClause({
  id: "biomedicine/24-b",
  policy: "biomedicine",
  article: "（二十四）",
  page: 7,
  heading: "加大生物医药领域人才队伍建设",
  leadDepartment: "市委人才办、市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "对生物医药高层次人才创新创业予以一定额度无抵押融资担保。",
  summary: t(
    "生物医药高层次人才创新创业的，予以一定额度无抵押融资担保，额度未规定。",
    "High-level biomedicine talent starting ventures: unsecured financing guarantees of an unstated amount.",
  ),
  needs: t(
    "人才认定与创业项目材料；担保额度向市委人才办、市地方金融监管局咨询",
    "Talent recognition and the venture's file; ask the Municipal Party Committee Talent Office or the financial regulator for the amount",
  ),
  readings: [
    t(
      "融资担保而非资助，额度未规定",
      "A financing guarantee, not a grant; the amount is not stated",
    ),
  ],
  params: {},
  reads: ["biomedicine.talentVenture"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.talentVenture",
      t("生物医药高层次人才创新创业", "a venture of high-level biomedicine talent"),
    ),
  ],
});

export const customsFacilitation = defineClause({
  id: "biomedicine/25",
  policy: "biomedicine",
  article: "（二十五）",
  page: 7,
  heading: "健全完善通关便利化措施",
  leadDepartment: "市商务局(自贸委)、钱江海关",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(二十五)健全完善通关便利化措施。建立生物医药企业和物品“白名单”,健全生物材料仓储、冷链物流、通关检验等配套服务。进一步发挥“浙江生物医药特殊物品出入境集中监管平台”的作用,提升整体通关效率。支持保税研发、离岸外包服务、特殊物品及生物材料一站式进出口通关服务、保税冷链仓储物流等专业平台建设。[牵头单位:市商务局(自贸委)、钱江海关,配合单位:市卫生健康委员会、市市场监管局、市地方金融监管局]",
  summary: t(
    "建立生物医药企业和物品“白名单”，健全生物材料仓储、冷链物流、通关检验等配套服务，提升通关效率。",
    "A white list of biomedicine enterprises and goods, with storage, cold-chain and inspection services for faster customs clearance.",
  ),
  needs: t(
    "进出口特殊物品、生物材料情况；向市商务局（自贸委）、钱江海关申请列入“白名单”",
    "Imports and exports of special items and bio-materials; apply to the Municipal Commerce Bureau or the Qianjiang Customs for the white list",
  ),
  params: {},
  reads: ["biomedicine.specialItemsTrade"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.specialItemsTrade",
      t(
        "进出口生物医药特殊物品或生物材料",
        "imports or exports special biomedical items or bio-materials",
      ),
    ),
  ],
});
