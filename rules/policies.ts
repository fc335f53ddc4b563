import { t, type Text } from "@/lib/engine/text";
import type { Beneficiary, Policy, PolicyKey } from "@/lib/engine/types";

/** Scopes naming enterprises (重点支持领域企业, 软件企业) bind enterprise clauses only. */
const ENTERPRISES: readonly Beneficiary[] = ["enterprise"];

/** 企事业单位、社会团体、行业组织: every kind of applicant but the district governments. */
const BODIES: readonly Beneficiary[] = [
  "enterprise",
  "platform",
  "medical-institution",
  "organization",
  "park-investor",
  "fund-manager",
  "university-or-institute",
];
const BODIES_READING = t(
  "适用范围写明企事业单位、社会团体、行业组织，对企业以外的申请主体（医疗机构、平台、联盟、园区投资主体、基金管理公司、高校院所）同样适用；区、县（市）政府不是从事该领域的单位，不受此限（解读约定第 13 条）",
  "The scope names enterprises, public institutions, associations and industry bodies, so it binds every applicant but district governments, which are not bodies engaged in the field (readings rule 13)",
);
const KEY_FIELDS_READING = t(
  "本措施未设单独的“适用范围”条，按第一条“重点支持”的领域理解为该领域的企业（解读约定第 13 条）；面向其他单位的条款在条款中注明",
  "The measures have no separate scope article; article 一's key fields are read as the scope (readings rule 13); clauses for other applicants say so",
);
const NO_ARTICLE_READING = (doc: string, docEn: string): Text =>
  t(
    `${doc}未设“适用范围”条，按标题和重点任务所列产业理解为该产业的企业（解读约定第 13 条）；面向产业以外应用方的条款在条款中注明`,
    `${docEn[0]!.toUpperCase()}${docEn.slice(1)} has no scope article; the industry of its title and tasks is read as the scope (readings rule 13); clauses for users outside the industry say so`,
  );

/** The nine policies as the compilation prints them; validity from each text's closing paragraph. */
export const POLICIES: Record<PolicyKey, Policy> = {
  biomedicine: {
    key: "biomedicine",
    title: "杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施",
    shortName: { zh: "生物医药", en: "Biomedicine" },
    description: {
      zh: "药品、高端医疗器械、先进制药装备、新型服务外包、数字化医疗及医美等领域的研发、生产和服务",
      en: "R&D, manufacturing and services in drugs, high-end medical devices, pharmaceutical equipment, outsourcing, digital health and medical aesthetics",
    },
    issued: "2022-10",
    validity: { from: "2022-11-15", to: "2027-12-31" },
    validityText:
      "本措施自 2022 年 11 月 15 日起施行,有效期至 2027 年 12 月 31 日,由市促进生物医药产业创新发展领导小组办公室负责牵头组织实施。",
    file: "01-biomedicine.md",
    scope: {
      article: "一、",
      heading: "适用机构和重点支持领域",
      page: 3,
      text: "本措施适用于已依法登记注册,从事生物医药相关领域研发、生产、服务等生产经营活动的企事业单位、社会团体、行业组织等。",
      label: t(
        "从事生物医药相关领域研发、生产、服务的单位",
        "a body engaged in biomedical R&D, manufacturing or services",
      ),
      binds: BODIES,
      reading: BODIES_READING,
    },
  },
  "high-end-equipment": {
    key: "high-end-equipment",
    title: "杭州市人民政府办公厅关于加快推进高端装备制造业高质量发展的若干措施",
    shortName: { zh: "高端装备", en: "High-end equipment" },
    description: {
      zh: "机器人、增材制造、数控机床、新能源及智能网联汽车、轨道交通、航空航天、仪器仪表等装备制造",
      en: "Robots, additive manufacturing, CNC machine tools, new-energy and connected vehicles, rail, aerospace, instruments",
    },
    issued: "2023-07",
    validity: { from: "2023-08-27", to: "2025-12-31" },
    validityText:
      "本措施自 2023 年 8 月 27 日起施行,有效期至 2025 年 12 月 31 日,由市经信局牵头组织实施。",
    file: "02-high-end-equipment.md",
    scope: {
      article: "一、",
      heading: "加大重点领域扶持力度",
      page: 8,
      text: "本措施重点支持智能装备领域中的机器人、增材制造、数控机床产业等,新能源及智能网联汽车领域中的新能源汽车、动力系统、电控系统、汽车芯片、智能网联汽车关键零部件产业等,综合交通装备领域中的轨道交通、航空航天产业等,特色专用装备领域中的先进应急及自然灾害防治技术产业等,检测与监测设备领域中的仪器仪表和智能检测设备产业等。",
      label: t(
        "高端装备重点支持领域（智能装备、新能源及智能网联汽车、综合交通装备、特色专用装备、检测与监测设备）的企业",
        "an enterprise in the key high-end equipment fields (intelligent equipment, new-energy and connected vehicles, transport equipment, special equipment, testing and monitoring equipment)",
      ),
      binds: ENTERPRISES,
      reading: KEY_FIELDS_READING,
    },
  },
  "new-materials": {
    key: "new-materials",
    title: "杭州市人民政府办公厅关于加快推进新材料产业高质量发展的若干措施",
    shortName: { zh: "新材料", en: "New materials" },
    description: {
      zh: "功能膜、高性能金属、先进半导体材料、生物材料、微纳材料等新材料",
      en: "Functional membranes, high-performance metals, advanced semiconductor materials, biomaterials, micro/nano materials",
    },
    issued: "2023-07",
    validity: { from: "2023-08-25", to: "2025-12-31" },
    validityText:
      "本措施自 2023 年 8 月 25 日起施行,有效期至 2025 年 12 月 31 日,由市经信局负责牵头组织实施。",
    file: "03-new-materials.md",
    scope: {
      article: "一、",
      heading: "加大重点领域支持力度",
      page: 11,
      text: "本措施重点支持功能膜材料、高性能金属材料、先进半导体材料、生物材料、微纳材料等新材料。",
      label: t("新材料企业", "a new-material enterprise"),
      binds: ENTERPRISES,
      reading: KEY_FIELDS_READING,
    },
  },
  "green-energy": {
    key: "green-energy",
    title: "杭州市人民政府办公厅关于加快推进绿色能源产业高质量发展的实施意见",
    shortName: { zh: "绿色能源", en: "Green energy" },
    description: {
      zh: "储能、氢能、光伏、风电、节能环保等绿色能源产业与应用",
      en: "Energy storage, hydrogen, photovoltaics, wind power, energy saving and environmental protection",
    },
    issued: "2023-07",
    validity: { from: "2023-08-20", to: "2025-12-31" },
    validityText:
      "本意见自 2023 年 8 月 20 日起施行,有效期至 2025 年 12 月 31 日,由市经信局牵头组织实施。",
    file: "04-green-energy.md",
    scope: {
      article: "二、（一）（二）",
      heading: "发展绿色能源装备制造业；培育绿色低碳服务业",
      page: 14,
      text: "杭州市人民政府办公厅关于加快推进绿色能源产业高质量发展的实施意见……(一)发展绿色能源装备制造业。……1.发展壮大储能产业……2.加快培育氢能装备制造业……3.持续做强光伏产业……4.推动风电装备产业链式提升……5.超前布局新兴能源产业……6.巩固提升节能环保产业……",
      label: t(
        "绿色能源产业（储能、氢能、光伏、风电、新兴能源、节能环保及其服务）的企业",
        "an enterprise of the green-energy industry (storage, hydrogen, photovoltaics, wind, emerging energy, energy saving and their services)",
      ),
      binds: ENTERPRISES,
      reading: NO_ARTICLE_READING("本意见", "this opinion"),
    },
  },
  "integrated-circuits": {
    key: "integrated-circuits",
    title: "杭州市人民政府办公厅关于促进集成电路产业高质量发展的实施意见",
    shortName: { zh: "集成电路", en: "Integrated circuits" },
    description: {
      zh: "芯片设计、制造、封测、材料、装备与 EDA 工具",
      en: "Chip design, manufacturing, packaging and testing, materials, equipment and EDA tools",
    },
    issued: "2022-07",
    validity: { from: "2022-08-08", to: "2026-12-31" },
    validityText:
      "本实施意见自 2022 年 8 月 8 日施行,有效期至 2026 年 12 月 31 日,由市经信局负责牵头组织实施。",
    file: "05-integrated-circuits.md",
    scope: {
      article: "二、",
      heading: "重点任务",
      page: 20,
      text: "杭州市人民政府办公厅关于促进集成电路产业高质量发展的实施意见……二、重点任务……(一)实施高端设计引领行动……(二)实施特色制造提升行动……(三)实施关键材料设备攻关行动……",
      label: t(
        "集成电路企业（芯片设计、制造、封测、关键材料、核心设备、EDA 工具）",
        "an integrated-circuit enterprise (chip design, manufacturing, packaging and testing, key materials, core equipment, EDA tools)",
      ),
      binds: ENTERPRISES,
      reading: NO_ARTICLE_READING("本实施意见", "this opinion"),
    },
  },
  software: {
    key: "software",
    title: "杭州市推进软件和信息技术服务业高质量发展的若干政策",
    shortName: { zh: "软件和信息技术服务", en: "Software and IT services" },
    description: {
      zh: "软件企业做大做强、首版次软件、开源、数字工程服务与公共平台",
      en: "Software enterprises' growth, first-version software, open source, digital engineering services and platforms",
    },
    issued: "2022-10",
    validity: { from: "2022-11-25", to: "2025-11-24" },
    validityText: "本政策自 2022 年 11 月 25 日起施行,有效期三年,由市经信局负责牵头组织实施。",
    file: "06-software.md",
    scope: {
      article: "一、",
      heading: "适用范围",
      page: 24,
      text: "本政策适用于已依法登记注册,以软件开发、系统集成、应用服务和其他相应技术服务为主营业务,符合《中华人民共和国工业和信息化部 国家发展改革委 财政部 国家税务总局公告》(2021 年第 10 号)规定条件的软件企业。",
      label: t(
        "以软件开发、系统集成、应用服务等为主营业务的软件企业",
        "a software enterprise whose main business is software development, system integration or application services",
      ),
      binds: ENTERPRISES,
      reading: t(
        "适用范围只提到软件企业：公共服务平台、园区和区、县（市）政府按其条款本身的条件判断；是否符合 2021 年第 10 号公告的条件，由各企业条款另行询问",
        "The scope names software enterprises only: platforms, parks and district governments are judged by their clauses; whether announcement 2021 No. 10 is met is asked by each enterprise clause",
      ),
    },
  },
  "artificial-intelligence": {
    key: "artificial-intelligence",
    title: "杭州市人民政府办公厅关于加快推进人工智能产业创新发展的实施意见",
    shortName: { zh: "人工智能", en: "Artificial intelligence" },
    description: {
      zh: "算力、大模型、数据服务、“AI+”应用示范与人工智能企业培育",
      en: "Compute, large models, data services, AI application demonstrations and AI enterprises",
    },
    issued: "2023-07",
    validity: { from: "2023-08-25", to: "2026-12-31" },
    validityText:
      "本意见自 2023 年 8 月 25 日起施行,有效期至 2026 年 12 月 31 日,由市经信局牵头组织实施。",
    file: "07-artificial-intelligence.md",
    scope: {
      article: "一、",
      heading: "总体要求",
      page: 28,
      text: "为深入实施我市数字经济创新提质“一号发展工程”,抢抓人工智能发展新机遇,加快打造全国领先、国际一流的人工智能产业创新发展高地……现就加快推进我市人工智能产业创新发展提出如下意见。",
      label: t(
        "人工智能产业（算力、模型、数据服务、人工智能产品和应用）的企业",
        "an enterprise of the AI industry (compute, models, data services, AI products and applications)",
      ),
      binds: ENTERPRISES,
      reading: NO_ARTICLE_READING("本意见", "this opinion"),
    },
  },
  "visual-intelligence": {
    key: "visual-intelligence",
    title: "杭州市人民政府办公厅关于高标准建设“中国视谷”高质量发展视觉智能产业的实施意见",
    shortName: { zh: "视觉智能", en: "Visual intelligence" },
    description: {
      zh: "“中国视谷”视觉智能产业链、首台套终端、创新中心与新基建",
      en: "The \u201cChina Vision Valley\u201d visual-intelligence chain, first-of-a-kind terminals, innovation centres, new infrastructure",
    },
    issued: "2023-08",
    validity: { from: "2023-09-03", to: "2027-12-31" },
    validityText:
      "本意见自 2023 年 9 月 3 日起施行,有效期至 2027 年 12 月 31 日,由市经信局负责牵头组织实施。",
    file: "08-visual-intelligence.md",
    scope: {
      article: "二、",
      heading: "产业布局",
      page: 33,
      text: "围绕“数字安防—视觉智能—智能物联”的产业跃升主路径,重点发展“三层七端”,明确细分赛道。",
      label: t(
        "视觉智能产业（“三层七端”：芯片与传感器、技术层、数字安防、工业视觉、医学影像等应用端）的企业",
        "an enterprise of the visual-intelligence industry (chips and sensors, technology, and applications such as security, industrial vision, medical imaging)",
      ),
      binds: ENTERPRISES,
      reading: NO_ARTICLE_READING("本意见", "this opinion"),
    },
  },
  "synthetic-biology": {
    key: "synthetic-biology",
    title: "杭州市人民政府办公厅关于支持合成生物产业高质量发展的若干措施",
    shortName: { zh: "合成生物", en: "Synthetic biology" },
    description: {
      zh: "合成生物技术研发、生物原料药与辅料、化妆品新原料、生物育种与产业化",
      en: "Synthetic-biology R&D, biological APIs and excipients, cosmetic ingredients, bio-breeding and industrialisation",
    },
    issued: "2023-08",
    validity: { from: "2023-10-09", to: "2028-12-31" },
    validityText:
      "本措施自 2023 年 10 月 9 日起施行,有效期至 2028 年 12 月 31 日,由市经信局负责牵头组织实施,资助(补助、奖励)经费由第一牵头单位负责落实。",
    file: "09-synthetic-biology.md",
    scope: {
      article: "一、",
      heading: "适用机构和重点支持领域",
      page: 38,
      text: "本措施适用于已依法登记注册,从事合成生物相关领域研发、生产、服务等生产经营活动的企事业单位、社会团体、行业组织等。",
      label: t(
        "从事合成生物相关领域研发、生产、服务的单位",
        "a body engaged in synthetic-biology R&D, manufacturing or services",
      ),
      binds: BODIES,
      reading: BODIES_READING,
    },
  },
};

/** The year a policy took effect: "首次认定" / "新认定" under it count from this year on. */
export const startYearOf = (key: PolicyKey): number =>
  Number(POLICIES[key].validity.from.slice(0, 4));
