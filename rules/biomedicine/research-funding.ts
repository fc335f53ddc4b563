import { Calc } from "@/lib/engine/calc";
import { above, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { READ, innovationCarriers, lessReceived } from "./shared";

export const innovationCarrierMatching = defineClause({
  id: "biomedicine/1",
  policy: "biomedicine",
  article: "（一）",
  page: 3,
  heading: "夯实创新策源基础",
  leadDepartment: "市科技局、市市场监管局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(一)夯实创新策源基础。依托重点单位打造国家科技创新战略等平台,鼓励重点企业、科研院所和医疗机构承担国家、省级攻关任务,对国家级重大创新载体建设,市级按省级资助实际到账金额 50%予以配套支持,最高不超过 3000 万元。(牵头单位:市科技局、市市场监管局,配合单位:市财政局、市卫生健康委员会)",
  summary: t(
    "承担国家级重大创新载体建设的，市级按省级资助实际到账金额的 50% 予以配套支持，最高 3000 万元。",
    "Building a national-level major innovation carrier: the city matches 50% of the provincial funding actually received, capped at CNY 30M.",
  ),
  needs: t(
    "国家级重大创新载体批复文件、省级资助经费实际到账凭证",
    "Approval of the national-level innovation carrier and proof of the provincial funds received",
  ),
  readings: [
    t(
      "配套基数为省级资助实际到账金额，不含国家资助",
      "The base is the provincial funding actually received, not the national grant",
    ),
    READ.capOnce("3000 万元按单个载体", "CNY 30M per carrier"),
  ],
  params: {
    rate: param.rate(
      percent(50),
      t("按省级资助实际到账金额配套比例", "share of the provincial funding received"),
    ),
    cap: param.yuan(wan(3000), t("单个载体配套上限", "matching cap per carrier")),
  },
  reads: [
    "biomedicine.innovationCarriers[].nationalMajorCarrier",
    "biomedicine.innovationCarriers[].provincialFundingReceived",
  ],
  items: innovationCarriers,
  conditions: ({ item }) => [
    fact(
      t("国家级重大创新载体建设", "a national-level major innovation carrier"),
      item.nationalMajorCarrier,
      ["biomedicine.innovationCarriers[].nationalMajorCarrier"],
    ),
    above(
      t("已有省级资助实际到账", "provincial funding received"),
      item.provincialFundingReceived,
      0,
      {
        facts: ["biomedicine.innovationCarriers[].provincialFundingReceived"],
      },
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.base(
        t("省级资助实际到账金额", "provincial funding received"),
        item.provincialFundingReceived!,
      )
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label),
      received("biomedicine/1", item.id),
    ).exactly(),
});

export const frontierResearchFunding = defineClause({
  id: "biomedicine/2",
  policy: "biomedicine",
  article: "（二）",
  page: 3,
  heading: "加强药物核心技术攻关和成果转化",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "up-to",
  requiresReview: true,
  text: "(二)加强药物核心技术攻关和成果转化。着力挖掘新药发现阶段极具潜力的临床前候选化合物,对开展新靶标、新机制、新原理等生物医药前沿领域高水平基础研究和核心技术攻关的,经评审给予最高不超过 3000 万元的资助。(牵头单位:市科技局,配合单位:市经信局、市财政局、市卫生健康委员会)",
  summary: t(
    "开展新靶标、新机制、新原理等生物医药前沿领域高水平基础研究和核心技术攻关的，经评审给予资助，最高 3000 万元。",
    "High-level basic research and core-technology work in frontier biomedicine areas (new targets, mechanisms, principles): funding after review, up to CNY 30M.",
  ),
  needs: t(
    "前沿研究或核心技术攻关项目方案与进展材料（临床前候选化合物等）；申报指南以市科技局发布为准",
    "Plan and progress of the frontier research or core-technology project (e.g. pre-clinical candidates); see the call issued by the Municipal Science and Technology Bureau",
  ),
  readings: [READ.capOnce("3000 万元按单个申报单位", "CNY 30M per applicant"), READ.review],
  params: {
    cap: param.yuan(wan(3000), t("资助上限", "funding cap")),
  },
  reads: ["biomedicine.frontierResearch"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.frontierResearch",
      t(
        "开展新靶标、新机制、新原理等前沿领域高水平基础研究和核心技术攻关",
        "frontier basic research or core-technology work",
      ),
    ),
  ],
  amount: ({ params, received }) =>
    lessReceived(Calc.fixed(params.cap.label, params.cap.value), received("biomedicine/2")).upTo(),
});
