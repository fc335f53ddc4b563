import { toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { upToAward } from "../shared/amounts";
import { scopeAndAnswer } from "../shared/scope";
import { SCOPE_READS, SOFTWARE_ENTERPRISE, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT, READ } from "./shared";

const common = {
  policy: "software",
  article: "（八）",
  page: 26,
  heading: "培育开源生态",
  leadDepartment: DEPT.cityAndDistricts,
  beneficiary: "enterprise",
} as const;

const productParams = {
  award: param.yuan(wan(100), t("一次性最高奖励", "one-off award, at most")),
  perYear: param.count(10, t("每年评选不超过（个产品）", "products selected a year, at most")),
};

export const openSourceProducts = defineClause({
  ...common,
  id: "software/8-a",
  kind: "up-to",
  requiresReview: true,
  text: "(八)培育开源生态。鼓励骨干软件企业面向操作系统、数据库、云计算、大数据、人工智能、区块链等领域发布基础性、前瞻性的自主技术开源项目。支持基于上述开源项目的原创软件产品开发,每年评选不超过 10 个装机量大、贡献率高的优质原创软件产品,给予研发企业一次性最高 100 万元奖励;",
  summary: t(
    "基于自主技术开源项目开发的原创软件产品，每年评选不超过 10 个装机量大、贡献率高的优质产品：给予研发企业一次性最高 100 万元奖励。",
    "Original software products built on home-grown open-source projects, at most 10 selected a year for a large installed base and high contribution: a one-off award of up to CNY 1M to the developer.",
  ),
  needs: t(
    "原创软件产品基于的开源项目说明、装机量和贡献率数据；评选由市经信局组织。",
    "The open-source project the product builds on, installed base and contribution data; the Municipal Bureau of Economy and Information Technology runs the selection.",
  ),
  readings: [
    READ.selection("每年评选不超过 10 个产品", "at most 10 products a year"),
    t(
      "按较保守理解：一次性最高 100 万元按研发企业计，同一企业多个产品合计不超过 100 万元",
      "Conservative reading: the CNY 1M is per developer; several products of one developer together at most CNY 1M",
    ),
    READ.ceilingAmounts,
  ],
  params: productParams,
  reads: [...SCOPE_READS, "software.openSourceOriginalProduct"],
  conditions: ({ profile, params }) => [
    qualifiedSoftwareEnterprise(profile),
    answer(
      profile,
      "software.openSourceOriginalProduct",
      t(
        "有基于自主技术开源项目开发的原创软件产品",
        "has an original product built on home-grown open-source projects",
      ),
    ),
    toWin(
      t(
        `入选每年评选的不超过 ${params.perYear.value} 个装机量大、贡献率高的优质原创软件产品`,
        `selected among at most ${params.perYear.value} quality original products a year`,
      ),
    ),
  ],
  amount: upToAward,
});

export const openSourceActivities = defineClause({
  ...common,
  id: "software/8-b",
  kind: "non-monetary",
  requiresReview: false,
  text: "对基于自主核心开源项目进行发行版产品服务销售、开展原创软件产品发布、进行传统应用迁移适配等活动的软件企业,鼓励所属区、县(市)在招引入驻、人员招聘、人才评定等方面给予保障;开展自主核心开源产品市场对接和宣传推广活动,推进在政务领域和重点社会民生领域的广泛应用。[责任单位:市经信局,各区、县(市)政府]",
  summary: t(
    "基于自主核心开源项目进行发行版销售、原创软件发布、传统应用迁移适配的软件企业：鼓励属地在招引入驻、人员招聘、人才评定等方面给予保障。",
    "Software enterprises selling distributions, releasing original products or migrating legacy applications on home-grown core open-source projects: districts are encouraged to help with settling in, recruitment and talent recognition.",
  ),
  needs: t(
    "开源发行版销售、产品发布或迁移适配的材料；保障措施由属地区、县（市）决定，向属地政府咨询。",
    "Evidence of the distribution sales, releases or migrations; the district decides — ask the district.",
  ),
  params: {},
  ...scopeAndAnswer(
    SOFTWARE_ENTERPRISE,
    "software.openSourceActivities",
    t(
      "基于自主核心开源项目开展发行版销售、产品发布或迁移适配",
      "distribution sales, releases or migrations on home-grown core open source",
    ),
  ),
});
