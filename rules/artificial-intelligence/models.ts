import { Calc } from "@/lib/engine/calc";
import { above, fact, known, oneOf, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { z } from "zod";
import type { aiModelSchema } from "@/lib/profile/sections/artificial-intelligence";
import { L } from "../shared/labels";
import { namedItems } from "../shared/items";
import { answer } from "../shared/answers";

type Model = z.output<typeof aiModelSchema>;

const PARAGRAPH =
  "对参数量超过千亿,经权威第三方评测机构评测性能达到国内领先的通用大模型,给予牵头研发单位训练成本补助,补助金额最高不超过 5000 万元。支持企业、高校院所围绕擅长领域开发专用模型,每年评选不超过 10 个性能先进并在杭成功落地的优秀专用模型,按照不超过研发成本 30%的标准给予牵头研发单位补助,补助金额最高不超过 500 万元。支持企业、高校院所和第三方机构围绕模型开发搭建开源开放平台(社区),构建基于开源开放技术的软件、硬件、数据、应用协同的产业生态,择优评选一批市级开源开放示范平台,优先享受公共数据集支持。(责任单位:市经信局、市科技局、市数据资源局、市财政局)";

/** The applicant's models of one kind; models whose kind is not answered are kept (and asked). */
const modelsOfKind = (kind: Model["kind"]) =>
  namedItems<Model>(
    (p) => p.artificialIntelligence?.models?.filter((m) => m.kind === undefined || m.kind === kind),
    "artificialIntelligence.models",
    t("大模型", "model"),
  );

const LEAD_DEVELOPER_IS_ENTERPRISE = t(
  "“牵头研发单位”也可以是高校院所；本条按企业申请人编码。",
  "The “lead developer” may also be a university or institute; the clause is encoded for enterprise applicants.",
);

const generalModelParams = {
  minParametersYi: param.count(
    1000,
    t("参数量超过（亿个，即千亿）", "parameters above (hundreds of millions, i.e. 100 billion)"),
  ),
  cap: param.yuan(wan(5000), t("训练成本补助最高", "training-cost subsidy, at most")),
};

export const generalModelTraining = defineClause({
  id: "artificial-intelligence/2-a",
  policy: "artificial-intelligence",
  article: "三、（二）",
  page: 30,
  heading: "增强模型创新能力",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "up-to",
  requiresReview: true,
  text: PARAGRAPH,
  summary: t(
    "参数量超过千亿、经权威第三方评测机构评测性能达到国内领先的通用大模型，给予牵头研发单位训练成本补助，最高不超过 5000 万元。",
    "General-purpose large models with more than 100 billion parameters, rated domestically leading by an authoritative third-party evaluator: a training-cost subsidy to the lead developer of up to CNY 50M.",
  ),
  needs: t(
    "权威第三方评测机构的评测报告（性能国内领先）、参数量说明、牵头研发证明、训练成本专项审计报告。",
    "An authoritative third-party evaluation report (domestically leading), the parameter count, proof of leading the development and an audit of the training cost.",
  ),
  readings: [
    L.conservative(
      "本文未规定补助比例，补助以训练成本为限、最高 5000 万元，估算为不超过两者较低者。",
      "no rate is stated; the subsidy cannot exceed the training cost and CNY 50M, so the estimate is up to the lower of the two.",
    ),
    L.conservative(
      "“最高不超过 5000 万元”未写明按模型还是按单位，按每个牵头研发单位每年合计不超过 5000 万元；同一模型已获本条补助的扣减已获金额。",
      "the CNY 50M cap does not say per model or per developer, so it is applied per lead developer and year; a model already subsidised under this clause has what it received deducted.",
    ),
    LEAD_DEVELOPER_IS_ENTERPRISE,
  ],
  params: generalModelParams,
  reads: [
    "artificialIntelligence.models[].kind",
    "artificialIntelligence.models[].parametersYi",
    "artificialIntelligence.models[].evaluatedDomesticLeading",
    "artificialIntelligence.models[].isLeadDeveloper",
    "artificialIntelligence.models[].trainingCost",
    "awardsReceived",
  ],
  items: modelsOfKind("general"),
  clauseCap: {
    amount: generalModelParams.cap.value,
    param: "cap",
    label: t("每个牵头研发单位每年上限", "cap per lead developer and year"),
  },
  conditions: ({ item, params }) => [
    oneOf(
      t("多模态通用大模型", "a general-purpose large model"),
      item.kind,
      ["general"],
      ["artificialIntelligence.models[].kind"],
    ),
    above(
      t("参数量超过千亿", "more than 100 billion parameters"),
      item.parametersYi,
      params.minParametersYi.value,
      {
        facts: ["artificialIntelligence.models[].parametersYi"],
        unit: "count",
      },
    ),
    fact(
      t(
        "经权威第三方评测机构评测性能达到国内领先",
        "rated domestically leading by an authoritative third-party evaluator",
      ),
      item.evaluatedDomesticLeading,
      ["artificialIntelligence.models[].evaluatedDomesticLeading"],
    ),
    fact(t("本单位为牵头研发单位", "the applicant leads the development"), item.isLeadDeveloper, [
      "artificialIntelligence.models[].isLeadDeveloper",
    ]),
    known(t("训练成本", "training cost"), item.trainingCost, [
      "artificialIntelligence.models[].trainingCost",
    ]),
  ],
  amount: ({ item, params, received }) =>
    Calc.base(t("训练成本", "training cost"), item.trainingCost!)
      .cap(params.cap.value, params.cap.label)
      .lessReceived(
        received("artificial-intelligence/2-a", item.id),
        t("该模型已获本条补助", "already received for this model under this clause"),
      )
      .upTo(),
});

const specialisedModelParams = {
  rate: param.rate(percent(30), t("补助比例（不超过研发成本）", "share of the R&D cost, at most")),
  cap: param.yuan(wan(500), t("补助金额最高", "subsidy, at most")),
  perYear: param.count(
    10,
    t("每年评选优秀专用模型不超过（个）", "specialised models selected a year, at most"),
  ),
};

export const specialisedModels = defineClause({
  id: "artificial-intelligence/2-b",
  policy: "artificial-intelligence",
  article: "三、（二）",
  page: 30,
  heading: "增强模型创新能力",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: PARAGRAPH,
  summary: t(
    "每年评选不超过 10 个性能先进并在杭成功落地的优秀专用模型，按不超过研发成本 30% 给予牵头研发单位补助，最高不超过 500 万元。",
    "At most 10 specialised models with advanced performance, successfully deployed in Hangzhou, are selected a year: up to 30% of the R&D cost to the lead developer, capped at CNY 5M.",
  ),
  needs: t(
    "模型性能说明、在杭落地应用证明、牵头研发证明、研发成本专项审计报告；参加市经信局年度优秀专用模型评选。",
    "Performance evidence, proof of deployment in Hangzhou, proof of leading the development and an audit of the R&D cost; enter the bureau's yearly selection of excellent specialised models.",
  ),
  readings: [
    L.conservative(
      "“最高不超过 500 万元”未写明按模型还是按单位，按每个牵头研发单位每年合计不超过 500 万元；同一模型已获本条补助的扣减已获金额。",
      "the CNY 5M cap does not say per model or per developer, so it is applied per lead developer and year; a model already subsidised under this clause has what it received deducted.",
    ),
    LEAD_DEVELOPER_IS_ENTERPRISE,
  ],
  params: specialisedModelParams,
  reads: [
    "artificialIntelligence.models[].kind",
    "artificialIntelligence.models[].deployedInHangzhou",
    "artificialIntelligence.models[].isLeadDeveloper",
    "artificialIntelligence.models[].rdCost",
    "awardsReceived",
  ],
  items: modelsOfKind("specialised"),
  clauseCap: {
    amount: specialisedModelParams.cap.value,
    param: "cap",
    label: t("每个牵头研发单位每年上限", "cap per lead developer and year"),
  },
  conditions: ({ item, params }) => [
    oneOf(
      t("垂直领域专用模型", "a specialised (vertical) model"),
      item.kind,
      ["specialised"],
      ["artificialIntelligence.models[].kind"],
    ),
    fact(t("已在杭成功落地", "successfully deployed in Hangzhou"), item.deployedInHangzhou, [
      "artificialIntelligence.models[].deployedInHangzhou",
    ]),
    fact(t("本单位为牵头研发单位", "the applicant leads the development"), item.isLeadDeveloper, [
      "artificialIntelligence.models[].isLeadDeveloper",
    ]),
    known(t("研发成本", "R&D cost"), item.rdCost, ["artificialIntelligence.models[].rdCost"]),
    toWin(
      t(
        `入选每年不超过 ${params.perYear.value} 个性能先进的优秀专用模型`,
        `selected among at most ${params.perYear.value} excellent specialised models of the year`,
      ),
    ),
  ],
  amount: ({ item, params, received }) =>
    Calc.base(t("研发成本", "R&D cost"), item.rdCost!)
      .rate(params.rate.value, params.rate.label)
      .cap(params.cap.value, params.cap.label)
      .lessReceived(
        received("artificial-intelligence/2-b", item.id),
        t("该模型已获本条补助", "already received for this model under this clause"),
      )
      .upTo(),
});

export const openSourcePlatforms = defineClause({
  id: "artificial-intelligence/2-c",
  policy: "artificial-intelligence",
  article: "三、（二）",
  page: 30,
  heading: "增强模型创新能力",
  leadDepartment: "市经信局",
  beneficiary: "platform",
  kind: "non-monetary",
  requiresReview: true,
  text: "支持企业、高校院所和第三方机构围绕模型开发搭建开源开放平台(社区),构建基于开源开放技术的软件、硬件、数据、应用协同的产业生态,择优评选一批市级开源开放示范平台,优先享受公共数据集支持。(责任单位:市经信局、市科技局、市数据资源局、市财政局)",
  summary: t(
    "围绕模型开发搭建的开源开放平台（社区），择优评选为市级开源开放示范平台的，优先享受公共数据集支持。",
    "Open-source / open platforms (communities) for model development selected as city demonstration platforms get priority access to public datasets.",
  ),
  needs: t(
    "开源开放平台（社区）的建设与运营材料；参加市经信局择优评选。",
    "Evidence of the open platform (community) and its operation; enter the bureau's selection.",
  ),
  params: {},
  reads: ["artificialIntelligence.openSourcePlatform"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.openSourcePlatform",
      t(
        "围绕模型开发搭建开源开放平台（社区）",
        "runs an open-source / open platform (community) for model development",
      ),
    ),
    toWin(
      t("择优评选为市级开源开放示范平台", "selected as a city open-source demonstration platform"),
    ),
  ],
});
