/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  夯实创新策源基础: "Strengthening the foundations of original innovation",
  加强药物核心技术攻关和成果转化: "Core drug technology breakthroughs and their translation",
  支持创新药品研发生产: "Supporting R&D and production of innovative drugs",
  支持改良型新药研发生产: "Supporting R&D and production of improved new drugs",
  支持医疗器械研发生产: "Supporting R&D and production of medical devices",
  加强临床研究成果转化激励: "Rewarding the translation of clinical research",
  探索成立生物医药产业联盟和专业临床研究联盟:
    "Setting up biomedicine industry and clinical research alliances",
  鼓励开展药物临床试验服务: "Encouraging drug clinical trial services",
  推动创新项目产业化落地: "Bringing innovative projects into local production",
  鼓励企业做优做强: "Helping enterprises grow better and stronger",
  支持企业参加集中带量采购: "Supporting participation in volume-based procurement",
  提升产业化能力: "Raising industrialisation capacity",
  支持MAH产业化落地: "Supporting local production for marketing authorisation holders (MAH)",
  支持开拓海外医药市场: "Supporting expansion into overseas pharmaceutical markets",
  加大生物医药特色园区建设支持力度: "More support for biomedicine specialty parks",
  支持重点公共服务平台建设: "Supporting key public service platforms",
  支持创新优质药械应用: "Supporting the use of innovative, high-quality drugs and devices",
  强化产业金融支撑: "Strengthening financial support for the industry",
  加大生物医药领域人才队伍建设: "Building the biomedicine talent pool",
  健全完善通关便利化措施: "Improving customs clearance facilitation",
};
