import type { Policy, PolicyKey } from "@/lib/engine/types";

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
  },
};

/** The year a policy took effect: "首次认定" / "新认定" under it count from this year on. */
export const startYearOf = (key: PolicyKey): number =>
  Number(POLICIES[key].validity.from.slice(0, 4));
