/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  加大技术服务对外输出: "Expanding outward delivery of technical services",
  加强企业梯次培育: "Tiered cultivation of enterprises",
  支持企业提质发展: "Supporting quality-driven enterprise growth",
  加大重大项目支持力度: "More support for major projects",
  加快绿色能源替代应用: "Faster substitution with green energy",
  推进源网荷储一体化建设: "Integrating generation, grid, load and storage",
  "加快低(零)碳园区和工厂建设": "Faster development of low- (zero-) carbon parks and factories",
  加强关键核心技术攻关: "Breakthroughs in key core technologies",
  强化高能级创新平台建设: "Building high-level innovation platforms",
  提升科技成果转化能力: "Better translation of scientific and technological results",
  加强要素支撑保障: "Securing land, energy and other production factors",
};
