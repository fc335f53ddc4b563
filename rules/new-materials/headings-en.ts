/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  加大重点领域支持力度: "More support for key fields",
  推动产业核心技术攻关: "Breakthroughs in core industrial technologies",
  加快首批次新材料推广应用: "Faster promotion and use of first-batch new materials",
  强化政府基金引导力度: "Strengthening the guiding role of government funds",
  "细化产业(区域)准入和监管": "Refining industry (regional) entry rules and supervision",
};
