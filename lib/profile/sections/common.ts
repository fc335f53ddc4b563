import { z } from "zod";
import { BENEFICIARIES, POLICY_KEYS } from "@/lib/engine/types";
import { loanSchema, projectSchema } from "./investment";
import {
  choice,
  count,
  flag,
  itemId,
  itemName,
  list,
  money,
  percentField,
  text,
  strict,
  year,
} from "../fields";

export const DISTRICTS = [
  "上城区",
  "拱墅区",
  "西湖区",
  "滨江区",
  "萧山区",
  "余杭区",
  "临平区",
  "钱塘区",
  "富阳区",
  "临安区",
  "桐庐县",
  "淳安县",
  "建德市",
  "西湖风景名胜区",
] as const;

const beneficiaryLabels = {
  enterprise: ["企业", "Enterprise"],
  platform: ["公共服务平台", "Public service platform"],
  "medical-institution": ["医疗机构", "Medical institution"],
  organization: ["社会组织、联盟或活动主办方", "Organisation, alliance or event organiser"],
  "park-investor": ["园区投资主体", "Park investor"],
  "fund-manager": ["基金管理公司", "Fund manager"],
  "university-or-institute": ["高校或科研院所", "University or research institute"],
  "district-government": ["区、县（市）政府", "District or county government"],
} as const;

/** The fields an applicant can state for the policies' scope (适用范围), plus "none of these". */
export const FIELDS = [...POLICY_KEYS, "other"] as const;
export type Field = (typeof FIELDS)[number];

const fieldLabels: Record<Field, readonly [string, string]> = {
  biomedicine: ["生物医药", "Biomedicine"],
  "high-end-equipment": ["高端装备", "High-end equipment"],
  "new-materials": ["新材料", "New materials"],
  "green-energy": ["绿色能源", "Green energy"],
  "integrated-circuits": ["集成电路", "Integrated circuits"],
  software: ["软件和信息技术服务", "Software and IT services"],
  "artificial-intelligence": ["人工智能", "Artificial intelligence"],
  "visual-intelligence": ["视觉智能", "Visual intelligence"],
  "synthetic-biology": ["合成生物", "Synthetic biology"],
  other: ["以上均不是", "None of these"],
};

export const enterpriseSection = strict
  .object({
    name: text("单位名称", "Name of the applicant", 200),
    creditCode: text("统一社会信用代码", "Unified social credit code", 18),
    district: z
      .enum(DISTRICTS)
      .optional()
      .meta({ title: "所在区、县（市）", titleEn: "District or county" }),
    industries: z
      .array(z.enum(POLICY_KEYS))
      .max(POLICY_KEYS.length)
      .default([])
      .meta({ title: "所属产业（政策）", titleEn: "Industries (policies)" }),
    fields: z.array(z.enum(FIELDS)).max(FIELDS.length).optional().meta({
      title: "本单位从事的产业领域（政策适用范围）",
      titleEn: "Fields the applicant works in (the policies' scope)",
      description:
        "各项政策只适用于其适用范围内的单位；勾选“所属产业”即视为从事该领域，不在所列领域的请选“以上均不是”",
      descriptionEn:
        "Each policy is only for applicants in its field; an industry chosen above counts as a field. Choose “None of these” when none applies",
      options: fieldLabels,
    }),
    roles: z
      .array(z.enum(BENEFICIARIES))
      .max(BENEFICIARIES.length)
      .default(["enterprise"])
      .meta({ title: "申请主体类型", titleEn: "Kind of applicant", options: beneficiaryLabels }),
    registeredInHangzhou: flag("在杭州市依法登记注册", "Registered in Hangzhou"),
    aboveDesignatedSize: flag("规模以上企业（规上）", "Above designated size (规上)"),
    sme: flag(
      "中小企业（按国家中小企业划型标准）",
      "Small or medium-sized enterprise (national SME classification)",
    ),
  })
  .meta({ title: "基本信息", titleEn: "Applicant" });

/** One calendar year's figures; the profile keys them by year ("2025"). */
export const yearFiguresSchema = strict
  .object({
    revenue: money("营业收入", "Revenue"),
    rdExpense: money("研发投入", "R&D investment"),
    outputValue: money("工业总产值", "Industrial output value"),
    valueAdded: money("工业增加值", "Industrial value added"),
    cityRetainedContribution: money("市级留成财政贡献", "City-retained fiscal contribution"),
  })
  .meta({ title: "年度经营数据", titleEn: "Figures of the year" });

export type YearFigures = z.output<typeof yearFiguresSchema>;

/** The years a profile may hold figures for: enough for any three-year comparison since 2000. */
export const MAX_FIGURE_YEARS = 30;

export const financeSection = z
  .record(z.string().regex(/^(19|20|21)\d{2}$/), yearFiguresSchema)
  .refine((r) => Object.keys(r).length <= MAX_FIGURE_YEARS, {
    error: `最多 ${MAX_FIGURE_YEARS} 个年度 / at most ${MAX_FIGURE_YEARS} years`,
  })
  .optional()
  .meta({ title: "经营数据（按年度）", titleEn: "Annual figures (by year)" });

export const sciTechProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    level: choice("项目级别", "Level", ["national", "provincial"], {
      national: ["国家级", "National"],
      provincial: ["省级", "Provincial"],
    }),
    fundingReceived: money(
      "国家或省级资助实际到账金额",
      "National or provincial funding actually received",
    ),
    prescribedMatchingRatio: percentField(
      "上级规定的地方配套比例",
      "Local matching ratio prescribed by the higher level",
    ),
    matchingRatioPrescribed: flag(
      "上级明确规定了地方配套资金比例",
      "The higher level prescribes a local matching ratio",
    ),
    industries: z
      .array(z.enum(POLICY_KEYS))
      .max(POLICY_KEYS.length)
      .optional()
      .meta({ title: "项目所属产业领域", titleEn: "Fields of the project" }),
    isLead: flag("本单位为牵头承担单位", "The applicant leads the project"),
    topic: text("专项或课题名称", "Programme or topic", 200),
    keySpecialProgramme: flag(
      "属于国家、省重点专项或课题（如“合成生物学”“绿色生物制造”）",
      "Part of a national or provincial key special programme or topic (e.g. synthetic biology, green bio-manufacturing)",
    ),
    isMajor: flag(
      "属于国家、省级重大科技创新项目",
      "A national or provincial major S&T innovation project",
    ),
  })
  .meta({ title: "国家、省科技项目", titleEn: "National or provincial S&T project" });

export const platformSchema = strict
  .object({
    id: itemId,
    name: itemName,
    recognisedAs: text(
      "认定类别（如市重点公共服务平台）",
      "Recognised as (e.g. city key public service platform)",
      200,
    ),
    newEquipmentInvestment: money(
      "核定的新增研发设备、软件投入",
      "Approved new R&D equipment and software investment",
    ),
    constructionInvestment: money("实际建设投入", "Actual construction investment"),
    techContractValue: money(
      "年度为本市企业服务的技术合同金额",
      "Technology contract value serving Hangzhou enterprises in the year",
    ),
    serviceRevenue: money("年度服务收入", "Service revenue in the year"),
    operatingExpense: money("上年度运营费用", "Operating expenses of the previous year"),
    enterprisesServed: count("年度服务企业数", "Enterprises served in the year"),
    serviceTransactionValue: money("年度服务交易额", "Service transaction value in the year"),
    industries: z
      .array(z.enum(POLICY_KEYS))
      .max(POLICY_KEYS.length)
      .optional()
      .meta({ title: "平台服务的产业领域", titleEn: "Fields the platform serves" }),
    noInvestmentRelation: flag(
      "与服务对象无投资关联",
      "No investment relationship with the served parties",
    ),
    keyPlatformFor: z.array(z.enum(POLICY_KEYS)).max(POLICY_KEYS.length).optional().meta({
      title: "经认定为哪些产业的市重点公共服务平台",
      titleEn: "Industries for which it is a recognised city key public service platform",
    }),
    // Integrated circuits 13-a/13-b and software 7-a/7-b.
    completed: flag("平台建设已完工", "Construction completed"),
    smeServiceRevenue: money("年度服务中小企业收入", "Revenue from serving SMEs in the year"),
    newEnterprisesServed: count(
      "年度新增服务企业数（服务首年为全部服务企业数）",
      "Newly served enterprises in the year (all served enterprises in the first year)",
    ),
    otherGovernmentSupport: money(
      "该平台已获其他各级政府支持资金（不含本次申报的条款）",
      "Support from any level of government already received for the platform (other than the clause applied for)",
    ),
    icPublicTechnology: flag(
      "集成电路公共技术平台：提供 EDA 工具和 IP 核、设计解决方案、先进工艺流片、先进封测服务、测试验证等设备，用于高端芯片支撑服务",
      "IC public technology platform with EDA tools and IP cores, design solutions, advanced-process tape-out, advanced packaging and testing, or test-verification equipment serving high-end chips",
    ),
    softwareInnovation: flag(
      "链主企业、院校、研究机构联合建设的开源平台、开源社区、代码托管及开发测试、软件测试验证等新型公共服务平台",
      "New public service platform for open source, code hosting, development testing or software test and verification, jointly built by chain leaders, universities and research institutes",
    ),
  })
  .meta({ title: "公共服务平台", titleEn: "Public service platform" });

export const HONOURS = [
  "single-champion",
  "little-giant",
  "hidden-champion",
  "specialised-new",
  "national-key-software",
  "high-tech",
] as const;

export const honourSchema = strict
  .object({
    id: itemId,
    kind: choice("荣誉或认定", "Honour or recognition", HONOURS, {
      "single-champion": ["制造业单项冠军示范企业", "Single-product champion"],
      "little-giant": ["专精特新“小巨人”企业", "Specialised-and-new “little giant”"],
      "hidden-champion": ["隐形冠军企业", "Hidden champion"],
      "specialised-new": ["省级专精特新中小企业", "Provincial specialised-and-new SME"],
      "national-key-software": [
        "国家鼓励的重点软件企业",
        "National key encouraged software enterprise",
      ],
      "high-tech": ["高新技术企业", "High-tech enterprise"],
    }),
    year: year("认定年度", "Year recognised"),
    firstTime: flag("首次获得", "Recognised for the first time"),
  })
  .meta({ title: "荣誉与认定", titleEn: "Honour" });

export const awardReceivedSchema = strict
  .object({
    id: itemId,
    clauseId: z.string().trim().min(1).max(64).meta({ title: "条款编号", titleEn: "Clause ID" }),
    itemKey: text("对应项目（编号）", "Item (ID)", 64),
    amount: money("已获金额", "Amount received"),
    year: year("获得年度", "Year received"),
  })
  .meta({ title: "已获奖补", titleEn: "Award already received" });

export { loanSchema, projectSchema };

export const commonSections = {
  enterprise: enterpriseSection,
  finance: financeSection,
  projects: list(projectSchema, "投资项目", "Investment projects", 50),
  loans: list(loanSchema, "贷款与债券", "Loans and bonds", 50),
  sciTechProjects: list(
    sciTechProjectSchema,
    "国家、省科技项目",
    "National or provincial S&T projects",
    50,
  ),
  platforms: list(platformSchema, "公共服务平台", "Public service platforms", 20),
  honours: list(honourSchema, "荣誉与认定", "Honours", 20),
  awardsReceived: list(awardReceivedSchema, "已获奖补", "Awards already received", 100),
};
