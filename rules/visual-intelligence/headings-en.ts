/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  加强关键技术攻关: "Stepping up research on key technologies",
  支持链主企业构建产业生态体系:
    "Supporting chain-leader enterprises in building industrial ecosystems",
  加快培育视觉智能总部企业: "Faster cultivation of visual-intelligence headquarters enterprises",
  支持视觉智能企业做大做强: "Helping visual-intelligence enterprises grow larger and stronger",
  提升窗口园区内工业用地开发强度: "Denser development of industrial land in window parks",
  创新优化项目用地供给: "Innovative, optimised land supply for projects",
  持续保障指标需求: "Continued supply of land-use quotas",
  支持申报重大科技项目: "Supporting applications for major science and technology projects",
  支持关键技术攻关: "Supporting key technology breakthroughs",
  支持创建高能级平台: "Supporting the creation of high-level platforms",
  加大人才引育力度: "Attracting and developing more talent",
  "支持首台(套)产品应用": "Supporting the use of first-of-a-kind products",
  支持举办产业推广活动: "Supporting industry promotion events",
  支持视觉智能新基建项目: "Supporting visual-intelligence new-infrastructure projects",
};
