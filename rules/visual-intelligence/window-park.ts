import { atLeast, fact, not, oneOf, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";

const QUOTAS =
  "支持“中国视谷”窗口园区建设,对窗口园区新增建设用地指标予以配置。鼓励视觉智能相关市属国有企业、科研院所、要素平台、活动赛事等落地窗口园区。鼓励重大项目关键配套工艺经评审后落地窗口园区。(市经信局、市规划和自然资源局、市生态环境局)";

/** 杭州高新区（滨江）萧山特别合作园 lies in these two districts (二、产业布局). */
const WINDOW_PARK_DISTRICTS = ["萧山区", "滨江区"] as const;

export const plotRatio = defineClause({
  id: "visual-intelligence/4",
  policy: "visual-intelligence",
  article: "四、（二）4.",
  page: 36,
  heading: "提升窗口园区内工业用地开发强度",
  leadDepartment: "市规划和自然资源局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "4.提升窗口园区内工业用地开发强度。经批准实施的视觉智能项目,除特殊工艺要求的产业外,在符合相关技术规范前提下,容积率“宜高则高”,一般不低于 2.0,有条件的项目可试点探索 3.5 左右的容积率。(市规划和自然资源局)",
  summary: t(
    "窗口园区内经批准实施的视觉智能项目（特殊工艺要求的产业除外），容积率“宜高则高”，一般不低于 2.0，有条件的可试点 3.5 左右。",
    "Approved visual-intelligence projects in the window park (except industries with special process needs): plot ratio as high as appropriate, generally at least 2.0, pilots of about 3.5.",
  ),
  needs: t(
    "项目批准文件与规划设计方案；向市规划和自然资源局咨询容积率核定。",
    "The project approval and planning design; ask the Municipal Planning and Natural Resources Bureau about the plot ratio.",
  ),
  params: {
    minPlotRatio: param.count(2, t("容积率一般不低于", "plot ratio generally at least")),
    pilotPlotRatio: param.count(
      3.5,
      t("有条件的项目可试点容积率（左右）", "pilot plot ratio (about)"),
    ),
  },
  reads: ["visualIntelligence.windowParkProject", "visualIntelligence.specialProcess"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.windowParkProject",
      t(
        "经批准实施的视觉智能项目，位于窗口园区",
        "an approved visual-intelligence project in the window park",
      ),
    ),
    not(
      t("不属于特殊工艺要求的产业", "not an industry with special process requirements"),
      profile.visualIntelligence?.specialProcess,
      ["visualIntelligence.specialProcess"],
    ),
  ],
});

export const floorAreaTransfer = defineClause({
  id: "visual-intelligence/5",
  policy: "visual-intelligence",
  article: "四、（二）5.",
  page: 36,
  heading: "创新优化项目用地供给",
  leadDepartment: "市规划和自然资源局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "5.创新优化项目用地供给。支持链主企业建设制造类小微企业园或工业标准厂房,对固定资产投资额 10 亿元以上的项目,在保持用地性质、用途不变前提下,经属地政府审核同意后,可将一定比例的地上建筑面积转让给核心配套企业。(市规划和自然资源局)",
  summary: t(
    "链主企业建设制造类小微企业园或工业标准厂房、固定资产投资额 10 亿元以上的项目，经属地政府审核同意，可将一定比例的地上建筑面积转让给核心配套企业。",
    "Chain leaders building a manufacturing small-enterprise park or standard plant with fixed-asset investment of CNY 1B or more may, with local-government approval, transfer a share of the floor area to core suppliers.",
  ),
  needs: t(
    "链主企业认定材料、项目固定资产投资额证明；向属地政府和市规划和自然资源局申请审核。",
    "Proof of chain-leader status and of the project's fixed-asset investment; apply to the local government and the Municipal Planning and Natural Resources Bureau.",
  ),
  params: {
    minInvestment: param.yuan(
      yi(10),
      t("项目固定资产投资额（以上）", "fixed-asset investment of the project, at least"),
    ),
  },
  reads: [
    "visualIntelligence.chainLeader",
    "visualIntelligence.smallEnterpriseParkProject",
    "visualIntelligence.smallEnterpriseParkInvestment",
  ],
  conditions: ({ profile, params }) => {
    const v = profile.visualIntelligence;
    return [
      fact(t("视觉智能产业链链主企业", "chain-leader enterprise"), v?.chainLeader, [
        "visualIntelligence.chainLeader",
      ]),
      fact(
        t(
          "建设制造类小微企业园或工业标准厂房",
          "builds a manufacturing small-enterprise park or standard plant",
        ),
        v?.smallEnterpriseParkProject,
        ["visualIntelligence.smallEnterpriseParkProject"],
      ),
      atLeast(
        t("项目固定资产投资额 10 亿元以上", "fixed-asset investment of CNY 1B or more"),
        v?.smallEnterpriseParkInvestment,
        params.minInvestment.value,
        {
          facts: ["visualIntelligence.smallEnterpriseParkInvestment"],
        },
      ),
      toWin(t("经属地政府审核同意", "approved by the local government")),
    ];
  },
});

export const windowParkLandQuota = defineClause({
  id: "visual-intelligence/6-a",
  policy: "visual-intelligence",
  article: "四、（二）6.",
  page: 36,
  heading: "持续保障指标需求",
  leadDepartment: "市经信局",
  beneficiary: "district-government",
  kind: "non-monetary",
  requiresReview: false,
  text: QUOTAS,
  summary: t(
    "“中国视谷”窗口园区新增建设用地指标予以配置。",
    "The “China Vision Valley” window park is allocated new construction-land quotas.",
  ),
  needs: t(
    "窗口园区建设用地需求；由萧山区、滨江区向市经信局、市规划和自然资源局申请。",
    "The window park's land needs; Xiaoshan and Binjiang apply to the bureau and the planning bureau.",
  ),
  readings: [
    t(
      "窗口园区为杭州高新区（滨江）萧山特别合作园，受益主体按萧山区、滨江区政府编码。",
      "The window park is the Binjiang–Xiaoshan special cooperation park; the beneficiaries are encoded as the Xiaoshan and Binjiang governments.",
    ),
  ],
  params: {},
  reads: ["enterprise.district"],
  conditions: ({ profile }) => [
    oneOf(
      t("窗口园区所在区（萧山区、滨江区）", "a district of the window park (Xiaoshan, Binjiang)"),
      profile.enterprise.district,
      WINDOW_PARK_DISTRICTS,
      ["enterprise.district"],
    ),
  ],
});

export const keyProcessesInWindowPark = defineClause({
  id: "visual-intelligence/6-b",
  policy: "visual-intelligence",
  article: "四、（二）6.",
  page: 36,
  heading: "持续保障指标需求",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "鼓励重大项目关键配套工艺经评审后落地窗口园区。(市经信局、市规划和自然资源局、市生态环境局)",
  summary: t(
    "重大项目关键配套工艺经评审后可落地窗口园区。",
    "Key supporting processes of major projects may, after review, be located in the window park.",
  ),
  needs: t(
    "重大项目及其关键配套工艺说明；向市经信局申请评审。",
    "A description of the major project and its key process; apply to the bureau for review.",
  ),
  params: {},
  reads: ["visualIntelligence.keySupportingProcess"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.keySupportingProcess",
      t(
        "重大项目的关键配套工艺拟落地窗口园区",
        "a key supporting process of a major project to be located in the window park",
      ),
    ),
    toWin(t("经评审", "approved after review")),
  ],
});
