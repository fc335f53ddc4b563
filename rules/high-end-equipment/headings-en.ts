/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  加大重点领域扶持力度: "More support for key fields",
  支持新能源汽车产能提升和整零配套发展:
    "Supporting new-energy vehicle capacity and vehicle–parts supply integration",
  支持智能网联汽车技术创新和测试应用:
    "Supporting intelligent connected vehicle innovation, testing and application",
  推动重点领域做精做专: "Helping key fields become more refined and specialised",
  "深化首台(套)产品推广应用": "Wider promotion and use of first-of-a-kind products",
  鼓励场景应用开放和市场拓展: "Opening application scenarios and expanding markets",
  强化政府基金引导: "Strengthening the guiding role of government funds",
};
