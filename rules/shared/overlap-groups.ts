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
  /**
   * Operating and service subsidies of the same public service platform in a year: innovation
   * vouchers on its service contracts (biomedicine/19-b, synthetic-biology/13-b), a share of its
   * service income (integrated-circuits/13-b) or operating costs (software/7-b), operating funding
   * (artificial-intelligence/7). All pay for running the platform that year, so once, at the best
   * clause (readings rules 1 and 15). Item key: platform id.
   */
  platformServices: "platform-services",
  /** City matching of the same national/provincial S&T project's funds. Item key: S&T project id. */
  sciTechMatching: "sci-tech-matching",
  /** First-set (首台套) product: insurance compensation or application award, not both. Item key: product id. */
  firstSetProduct: "first-set-product",
  /** First-batch (首批次) material: insurance compensation or application award, not both. Item key: material id. */
  firstBatchMaterial: "first-batch-material",
  /** The same honour (单项冠军 / 小巨人 / 隐形冠军 / 重点软件企业) rewarded once. Item key: honour kind. */
  honour: "honour",
  /**
   * The grant to the district for the same specialty park's standard plant (biomedicine/18-a,
   * synthetic-biology/10-a). Item key: park id.
   */
  specialtyParkGrant: "specialty-park-grant",
  /** The investor's reward for the same specialty park (biomedicine/18-b, synthetic-biology/10-b). Item key: park id. */
  specialtyParkInvestor: "specialty-park-investor",
  /** The same drug or device variety funded once for R&D. Item key: product id. */
  productRnd: "product-rnd",
  /**
   * The same registration certificate rewarded once, also across policies (biomedicine/15-a and
   * synthetic-biology/7-a for a medical-aesthetic drug or device). Item key: product id.
   */
  productCertificate: "product-certificate",
  /** Incremental-sales awards on the same certified product (biomedicine/15-b, synthetic-biology/7-b). Item key: product id. */
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
