/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  "鼓励承接国家、省重点科技专项":
    "Taking on national and provincial key science and technology programmes",
  加强研发经费资助: "More funding for R&D spending",
  支持开展技术交易活动: "Supporting technology transactions",
  支持生物材料产业化: "Supporting industrialisation of biomaterials",
  支持生物类医疗美容产品产业化:
    "Supporting industrialisation of biological medical-aesthetic products",
  支持化妆品新原料的研发生产: "Supporting R&D and production of new cosmetic ingredients",
  鼓励生物育种产业发展: "Encouraging the bio-breeding industry",
  加大合成生物特色园区建设支持力度: "More support for synthetic-biology specialty parks",
  推动重点领域项目产业化落地: "Bringing key-field projects into local production",
  支持生物制造总部企业发展: "Supporting biomanufacturing headquarters enterprises",
  重点支持合成生物公共服务平台建设:
    "Priority support for synthetic-biology public service platforms",
  加大对专业论坛等活动的支持力度: "More support for professional forums and similar events",
  健全人才保障机制: "Strengthening talent support mechanisms",
  加强基金和融资担保支持: "More fund and financing-guarantee support",
  加强合成生物产业要素保障: "Securing production factors for synthetic biology",
};
