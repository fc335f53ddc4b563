import { choice, count, flag, itemId, itemName, list, money, year, strict } from "../fields";

export const MODEL_KINDS = ["general", "specialised"] as const;

/** A large model the applicant develops (三、（二）). */
export const aiModelSchema = strict
  .object({
    id: itemId,
    name: itemName,
    kind: choice("模型类型", "Kind of model", MODEL_KINDS, {
      general: ["多模态通用大模型", "General-purpose (multimodal) large model"],
      specialised: ["专用模型（垂直领域）", "Specialised (vertical) model"],
    }),
    parametersYi: count(
      "参数量（亿个；千亿即 1000）",
      "Parameters, in hundreds of millions (100 billion = 1000)",
    ),
    evaluatedDomesticLeading: flag(
      "经权威第三方评测机构评测性能达到国内领先",
      "Rated domestically leading by an authoritative third-party evaluator",
    ),
    deployedInHangzhou: flag("已在杭成功落地", "Successfully deployed in Hangzhou"),
    isLeadDeveloper: flag("本单位为牵头研发单位", "The applicant is the lead developer"),
    trainingCost: money("训练成本", "Training cost"),
    rdCost: money("研发成本", "R&D cost"),
  })
  .meta({ title: "大模型", titleEn: "Large model" });

/** An "智能+" / "+智能" application demonstration project (三、（四）). */
export const aiDemoProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    year: year("项目年度", "Year of the project"),
    investment: money("项目投资额", "Project investment"),
  })
  .meta({ title: "人工智能应用示范项目", titleEn: "AI application demonstration project" });

/** Facts only the artificial intelligence policy reads. */
export const artificialIntelligenceSection = strict
  .object({
    operatesComputeCentre: flag(
      "运营算力中心（设备先进、安全可控、绿色低碳、价格合理）",
      "Operates a compute centre (advanced, secure, green, fairly priced)",
    ),
    buysComputeServices: flag("购买算力服务", "Buys compute services"),
    models: list(aiModelSchema, "大模型", "Large models", 20),
    openSourcePlatform: flag(
      "围绕模型开发搭建开源开放平台（社区）",
      "Runs an open-source / open platform (community) for model development",
    ),
    dataServiceTransactionValue: money(
      "年度数据服务交易额",
      "Data-service transaction value in the year",
    ),
    buysDataServices: flag("购买数据服务", "Buys data services"),
    manufacturingAiUpgrade: flag(
      "制造业企业，已利用人工智能技术实施智能化改造",
      "A manufacturer that has upgraded its production with AI",
    ),
    demoProjects: list(
      aiDemoProjectSchema,
      "“智能+”“+智能”应用示范项目",
      "“AI+” / “+AI” application demonstration projects",
      20,
    ),
    scenarioLab: flag(
      "已组建“创新应用实验室”或“未来场景实验室”",
      "Runs an “innovation application lab” or “future scenario lab”",
    ),
    benchmarkPark: flag(
      "已评定为市级人工智能标杆产业园（园区运营主体）",
      "Operator of a recognised city AI benchmark industrial park",
    ),
    parkOperatingExpense: money(
      "标杆产业园年度运营经费",
      "Operating expenses of the benchmark park in the year",
    ),
    nationalClusterApproved: flag(
      "国家级人工智能先进制造业集群已申报获批",
      "Approved as a national AI advanced-manufacturing cluster",
    ),
    shortageTalent: flag("引进或培养人工智能领域紧缺人才", "Employs AI talent in short supply"),
    forumSettled: flag(
      "引进的国际性、全国性重要人工智能论坛等活动已正式落户杭州",
      "An important international or national AI forum (or similar event) brought here has settled in Hangzhou",
    ),
  })
  .optional()
  .meta({ title: "人工智能", titleEn: "Artificial intelligence" });
