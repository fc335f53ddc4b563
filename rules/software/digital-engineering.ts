import { fact, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { upToAward } from "../shared/amounts";
import { scopeAnd } from "../shared/scope";
import { SCOPE_READS, SOFTWARE_ENTERPRISE, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT, READ } from "./shared";

const common = {
  policy: "software",
  article: "（六）",
  page: 25,
  heading: "鼓励开拓应用市场",
  leadDepartment: DEPT.cityAndScience,
  beneficiary: "enterprise",
} as const;

const serviceProvider = (p: EventProfile) =>
  fact(
    t(
      "数字工程服务商（参与制造业数字化转型）",
      "a digital-engineering service provider in manufacturing digitalisation",
    ),
    p.software?.digitalEngineeringServiceProvider,
    ["software.digitalEngineeringServiceProvider"],
  );

const providerParams = {
  award: param.yuan(wan(200), t("单个服务商最高补助", "cap per provider")),
  perYear: param.count(10, t("每年评选不超过（家）", "providers selected a year, at most")),
};

export const digitalEngineeringProviders = defineClause({
  ...common,
  id: "software/6-a",
  kind: "up-to",
  requiresReview: true,
  text: "(六)鼓励开拓应用市场。鼓励软件企业、数字化服务平台企业积极参与以“产业大脑+未来工厂”为引领的制造业数字化转型行动,加快培育发展数字工程服务产业。综合评价数字化服务规模、能力和水平等要素,逐一确定数字工程服务商的数字化服务指数。按照数字化服务指数高低排名,每年评选不超过 10 家优质数字工程服务商,单个服务商给予最高 200 万元补助。",
  summary: t(
    "按数字化服务指数高低排名，每年评选不超过 10 家优质数字工程服务商：单个服务商最高补助 200 万元。",
    "Digital-engineering service providers ranked by their digital-service index, at most 10 selected a year: up to CNY 2M each.",
  ),
  needs: t(
    "数字化服务规模、能力和水平的材料（用于确定数字化服务指数）；评选由市经信局组织。",
    "Evidence of the scale, capability and level of digital services (for the index); the Municipal Bureau of Economy and Information Technology runs the selection.",
  ),
  readings: [
    READ.selection(
      "按数字化服务指数排名，每年评选不超过 10 家",
      "at most 10 providers a year, ranked by the digital-service index",
    ),
    READ.ceilingAmounts,
  ],
  params: providerParams,
  reads: [...SCOPE_READS, "software.digitalEngineeringServiceProvider"],
  conditions: ({ profile, params }) => [
    qualifiedSoftwareEnterprise(profile),
    serviceProvider(profile),
    toWin(
      t(
        `按数字化服务指数排名入选每年不超过 ${params.perYear.value} 家优质数字工程服务商`,
        `ranked among at most ${params.perYear.value} quality providers a year by digital-service index`,
      ),
    ),
  ],
  amount: upToAward,
});

export const digitalEngineeringListing = defineClause({
  ...common,
  id: "software/6-b",
  kind: "non-monetary",
  requiresReview: false,
  text: "支持符合条件的服务商在境内外证券交易所上市挂牌,优先申报部、省两级工业互联网平台、新一代信息技术与制造业融合发展等项目。(责任单位:市经信局、市科技局)",
  summary: t(
    "符合条件的数字工程服务商：支持境内外上市挂牌，优先申报部、省两级工业互联网平台、新一代信息技术与制造业融合发展等项目。",
    "Qualified digital-engineering service providers: support for listing at home or abroad and priority in ministry and provincial industrial-internet and IT–manufacturing integration projects.",
  ),
  needs: t(
    "数字工程服务商的业务材料；“符合条件”的标准未在本文规定，向市经信局、市科技局咨询。",
    "Evidence of the digital-engineering business; the conditions are not stated — ask the Municipal Bureau of Economy and Information Technology or the Municipal Science and Technology Bureau.",
  ),
  readings: [
    t(
      "“符合条件的服务商”的标准未在本文规定，按数字工程服务商判断",
      "“Qualified providers” are not defined; being a digital-engineering service provider is checked",
    ),
  ],
  params: {},
  ...scopeAnd(SOFTWARE_ENTERPRISE, "software.digitalEngineeringServiceProvider", serviceProvider),
});
