import { choice, flag, itemId, itemName, list, money, year, strict } from "../fields";

export const FIRST_VERSION_LIST_LEVELS = ["national", "provincial"] as const;

/** A product on the national or provincial first-version (首版次) software catalogue. */
export const firstVersionProductSchema = strict
  .object({
    id: itemId,
    name: itemName,
    listLevel: choice(
      "入选的首版次软件产品应用推广目录（两者都入选时选国家级）",
      "First-version software catalogue (national if on both)",
      FIRST_VERSION_LIST_LEVELS,
      {
        national: ["国家级", "National"],
        provincial: ["省级", "Provincial"],
      },
    ),
    annualSales: money("年度首版次软件销售额", "First-version software sales in the year"),
  })
  .meta({ title: "首版次软件产品", titleEn: "First-version software product" });

export const mobileAppSchema = strict
  .object({
    id: itemId,
    name: itemName,
    isGame: flag("游戏类 APP", "A game"),
    annualBenefit: money("年度产生效益", "Benefit generated in the year"),
  })
  .meta({ title: "移动互联网 APP", titleEn: "Mobile-internet app" });

export const EXCELLENT_PROGRAMMES = ["industrial-internet-app", "cybersecurity-pilot"] as const;

export const nationalExcellentProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    programme: choice(
      "获评的国家级优秀项目（方案）",
      "National excellent project (solution) awarded",
      EXCELLENT_PROGRAMMES,
      {
        "industrial-internet-app": [
          "“工业互联网 APP 优秀解决方案”",
          "Industrial Internet APP excellent solution",
        ],
        "cybersecurity-pilot": [
          "“网络安全技术应用试点示范项目”",
          "Cybersecurity technology application pilot demonstration project",
        ],
      },
    ),
    year: year("获评年度", "Year awarded"),
  })
  .meta({ title: "国家级优秀项目（方案）", titleEn: "National excellent project (solution)" });

export const COLLABORATIVE_FIELDS = [
  "basic-software",
  "industrial-software",
  "ai",
  "big-data",
  "blockchain",
  "metaverse",
  "other",
] as const;

export const collaborativeProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    field: choice("领域", "Field", COLLABORATIVE_FIELDS, {
      "basic-software": ["基础软件", "Basic software"],
      "industrial-software": ["工业软件", "Industrial software"],
      ai: ["人工智能", "Artificial intelligence"],
      "big-data": ["大数据", "Big data"],
      blockchain: ["区块链", "Blockchain"],
      metaverse: ["元宇宙", "Metaverse"],
      other: ["其他领域", "Other field"],
    }),
    ledByLeadingEnterprise: flag(
      "由龙头骨干企业牵头协同创新",
      "Led by a leading backbone enterprise",
    ),
    participantsInvestment: money(
      "全部参与企业软硬件实际投入",
      "Actual software and hardware investment of all participating enterprises",
    ),
    ownInvestment: money(
      "本企业软硬件实际投入",
      "The applicant's own actual software and hardware investment",
    ),
  })
  .meta({
    title: "重大软件产品协同创新项目",
    titleEn: "Collaborative major software-product project",
  });

/** Facts only the software and IT services policy reads. */
export const softwareSection = strict
  .object({
    qualifiedSoftwareEnterprise: flag(
      "已依法登记注册、以软件开发、系统集成、应用服务等为主营业务，符合工信部等四部门公告（2021 年第 10 号）条件的软件企业",
      "A registered software enterprise whose main business is software development, system integration, application or related technical services, meeting the conditions of MIIT/NDRC/MOF/STA announcement 2021 No. 10",
    ),
    growthStandardMet: flag(
      "达到市经信局年度实施通知规定的规模和营收增速标准（稳增长奖励）",
      "Meets the size and revenue-growth standard of the annual implementation notice (growth reward)",
    ),
    listed: flag("已挂牌上市", "Listed"),
    kunpengEnterprise: flag("杭州市鲲鹏企业", "Hangzhou Kunpeng enterprise"),
    talentQuotaScaleReached: flag(
      "达到规定规模（授权认定人才名额）",
      "Reaches the prescribed size (for talent-recognition quotas)",
    ),
    talentSelected: flag(
      "有人才或团队入选“鲲鹏行动”计划、国家和省市引才计划、“西湖明珠工程”等重大人才工程",
      "Has talent or teams selected for the Kunpeng Action, national, provincial or city talent plans, the West Lake Pearl Project or similar",
    ),
    keyCoreTechTalent: flag(
      "引进拥有关键核心技术、解决“卡脖子”问题的高层次人才",
      "Recruited high-level talent holding key core technologies that solve bottlenecks",
    ),
    digitalEngineeringServiceProvider: flag(
      "参与“产业大脑+未来工厂”制造业数字化转型的数字工程服务商",
      "Digital-engineering service provider in the “industry brain + future factory” manufacturing digitalisation",
    ),
    openSourceOriginalProduct: flag(
      "有基于自主技术开源项目（操作系统、数据库、云计算、大数据、人工智能、区块链等）开发的原创软件产品",
      "Has original software products built on home-grown open-source projects (OS, database, cloud, big data, AI, blockchain…)",
    ),
    openSourceActivities: flag(
      "基于自主核心开源项目进行发行版产品服务销售、原创软件产品发布或传统应用迁移适配",
      "Sells distributions, releases original products or migrates legacy applications based on home-grown core open-source projects",
    ),
    specialtyPark: flag(
      "软件特色园区：国家级、省级软件名园（软件基地），人工智能、区块链、元宇宙等未来产业先导区，网络安全产业园区等",
      "Software specialty park: national or provincial software park or base, AI/blockchain/metaverse future-industry pilot zone, cybersecurity park…",
    ),
    firstVersionProducts: list(
      firstVersionProductSchema,
      "首版次软件产品",
      "First-version software products",
      50,
    ),
    mobileApps: list(mobileAppSchema, "移动互联网 APP", "Mobile-internet apps", 50),
    nationalExcellentProjects: list(
      nationalExcellentProjectSchema,
      "国家级优秀项目（方案）",
      "National excellent projects (solutions)",
      20,
    ),
    collaborativeProjects: list(
      collaborativeProjectSchema,
      "重大软件产品协同创新项目",
      "Collaborative major software-product projects",
      20,
    ),
  })
  .optional()
  .meta({ title: "软件和信息技术服务", titleEn: "Software and IT services" });
