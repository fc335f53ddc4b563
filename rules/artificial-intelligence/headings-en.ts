/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  强化普惠算力供给: "Expanding affordable computing power",
  增强模型创新能力: "Strengthening model innovation",
  促进数据开放共享: "Promoting open data and data sharing",
  拓展智能应用场景: "Expanding intelligent application scenarios",
  推动产业集聚发展: "Promoting industrial clustering",
  加强企业主体培育: "Cultivating enterprises",
  提升创新平台能级: "Raising the level of innovation platforms",
  优化产业发展生态: "Improving the industrial ecosystem",
};
