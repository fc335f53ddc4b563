/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  支持企业做大做强: "Helping enterprises grow larger and stronger",
  支持企业做优做精: "Helping enterprises become better and more refined",
  支持加大研发投入: "Supporting higher R&D spending",
  鼓励自主软件推广应用: "Promoting the use of home-grown software",
  鼓励高端软件协同创新: "Encouraging collaborative innovation in high-end software",
  鼓励开拓应用市场: "Encouraging expansion into application markets",
  培育创新平台: "Cultivating innovation platforms",
  培育开源生态: "Cultivating the open-source ecosystem",
  培育特色园区: "Cultivating specialty parks",
  加强人才引培: "Attracting and training talent",
};
