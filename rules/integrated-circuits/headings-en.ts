/** English renderings of this policy's article headings; the Chinese heading stays the citation. */
export const HEADINGS_EN: Readonly<Record<string, string>> = {
  支持集成电路产线项目建设: "Supporting integrated-circuit production line projects",
  培育壮大链主企业: "Growing chain-leader enterprises",
  组织集成电路领域重大科技攻关: "Organising major integrated-circuit technology breakthroughs",
  "加大首次流片、关键材料、核心设备和EDA工具的支持":
    "More support for first tape-outs, key materials, core equipment and EDA tools",
  鼓励终端应用: "Encouraging end-product applications",
  加强集成电路中小设计企业产能保障:
    "Securing production capacity for small and medium chip design firms",
  畅通产业链供应链: "Keeping industrial and supply chains flowing",
  完善人才分类认定: "Improving talent classification and recognition",
  推动人才待遇落实: "Delivering talent benefits",
  发挥产业基金作用: "Making full use of industry funds",
  支持企业融资担保服务: "Supporting enterprise financing and guarantee services",
  支持公共平台建设: "Supporting public platforms",
  实施方式: "Implementation approach",
  落实财税政策: "Implementing fiscal and tax policies",
};
