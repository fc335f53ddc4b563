/**
 * Exclusive groups: clauses that pay for the same kind of item. An item (a loan, a project, a
 * platform, a product, an honour) eligible under several clauses of one group is paid once, at
 * the best clause (从优、就高、不重复). Use these names across policies so overlaps are found.
 */
export const OVERLAP = {
  /** 1 % loan-interest subsidy on the same loan: high-end-equipment/1, new-materials/1, green-energy/3.4-b. Item key: loan id. */
  loanInterest: "loan-interest",
  /** Industrialisation investment grants on the same project: biomedicine/12-a, synthetic-biology/11. Item key: project id. */
  industrialisationInvestment: "industrialisation-investment",
  /** Construction support of the same public service platform. Item key: platform id. */
  platformConstruction: "platform-construction",
  /** Innovation-voucher subsidies on the same platform's service contracts. Item key: platform id. */
  innovationVoucher: "innovation-voucher",
  /** City matching of the same national/provincial S&T project's funds. Item key: S&T project id. */
  sciTechMatching: "sci-tech-matching",
  /** First-set (首台套) product: insurance compensation or application award, not both. Item key: product id. */
  firstSetProduct: "first-set-product",
  /** First-batch (首批次) material: insurance compensation or application award, not both. Item key: material id. */
  firstBatchMaterial: "first-batch-material",
  /** The same honour (单项冠军 / 小巨人 / 隐形冠军) rewarded once. Item key: honour kind. */
  honour: "honour",
  /** The same drug or device variety funded once for R&D. Item key: product id. */
  productRnd: "product-rnd",
  /** The same registration certificate rewarded once. Item key: product id. */
  productCertificate: "product-certificate",
  /** Incremental-sales awards on the same certified product. Item key: product id. */
  productSalesGrowth: "product-sales-growth",
  /** The same forum or event funded once. Item key: event id. */
  event: "event",
  /** One clinical-trial service award per institution and year, as lead or as participant (biomedicine/11-a, 11-b). Item key: the applicant. */
  clinicalTrialService: "clinical-trial-service",
  /**
   * City funding of a major S&T project as a competitive city project or as an open-competition
   * (揭榜挂帅) commission (new-materials/2-b, 2-c): the profile does not say whether these are two
   * projects, so one award, the better (readings rule 1). Item key: the applicant.
   */
  cityMajorProject: "city-major-project",
} as const;
