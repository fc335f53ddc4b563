import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT, READ, icEnterprise } from "./shared";

export const fundDirectInvestment = defineClause({
  id: "integrated-circuits/11",
  policy: "integrated-circuits",
  article: "三、（十一）",
  page: 22,
  heading: "发挥产业基金作用",
  leadDepartment: DEPT.funds,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "(十一)发挥产业基金作用。充分发挥杭州创新基金等产业基金的引领撬动作用,通过参股投资或设立行业母基金、子基金方式,加大对集成电路产业的投资力度。对市重大产业项目,经市委、市政府研究决策后,可采取市、区县(市)1:1 联动出资机制进行直投。鼓励各类创业投资和股权投资基金投向集成电路产业领域。积极争取国家集成电路产业投资基金、省级产业基金支持集成电路重大项目。[责任单位:市国资委、市财政局、市发改委、市经信局、市科技局,有关区、县(市)政府]",
  summary: t(
    "市重大产业项目：经市委、市政府研究决策后，可由市、区县（市）1:1 联动出资直投（股权投资，非补助）。",
    "City major industrial projects: after a decision by the city, the city and district may co-invest directly 1:1 (equity, not a grant).",
  ),
  needs: t(
    "市重大产业项目材料及融资方案；由市委、市政府研究决策，向市国资委、市发改委咨询。",
    "Major-project documents and the financing plan; the city decides — ask the Municipal State-owned Assets Commission or the Municipal Development and Reform Commission.",
  ),
  readings: [
    t("直投为股权投资，不计入补助金额", "Direct investment is equity, not counted as a subsidy"),
  ],
  params: {},
  reads: ["integratedCircuits.cityMajorProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.cityMajorProject",
      t("有市重大产业项目", "has a city major industrial project"),
    ),
  ],
});

export const phoenixFinancing = defineClause({
  id: "integrated-circuits/12-a",
  policy: "integrated-circuits",
  article: "三、（十二）",
  page: 22,
  heading: "支持企业融资担保服务",
  leadDepartment: DEPT.finance,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "(十二)支持企业融资担保服务。鼓励集成电路企业通过上市、并购重组、再融资、发行创新型融资工具等方式募集资金,按照市“凤凰行动”政策给予补助。",
  summary: t(
    "集成电路企业通过上市、并购重组、再融资、发行创新型融资工具等方式募集资金的：按市“凤凰行动”政策补助，金额不在本文规定。",
    "IC enterprises raising funds by listing, M&A, refinancing or innovative instruments: subsidies under the city's Phoenix Action policy; amount not stated here.",
  ),
  needs: t(
    "上市、并购重组或融资工具发行的证明；金额按“凤凰行动”政策，向市地方金融监管局咨询。",
    "Evidence of the listing, M&A or issuance; the amount follows the Phoenix Action policy — ask the Municipal Local Financial Supervision Bureau.",
  ),
  params: {},
  reads: ["integratedCircuits.icEnterprise", "integratedCircuits.capitalRaising"],
  conditions: ({ profile }) => [
    icEnterprise(profile),
    answer(
      profile,
      "integratedCircuits.capitalRaising",
      t(
        "通过上市、并购重组、再融资或创新型融资工具募集资金",
        "raising funds by listing, M&A, refinancing or innovative instruments",
      ),
    ),
  ],
});

export const supplyChainGuarantee = defineClause({
  id: "integrated-circuits/12-b",
  policy: "integrated-circuits",
  article: "三、（十二）",
  page: 22,
  heading: "支持企业融资担保服务",
  leadDepartment: DEPT.finance,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "对链主企业为产业链核心配套企业提供供应链担保的,参照市金融支持服务实体经济政策执行。[责任单位:市地方金融监管局,有关区、县(市)政府]",
  summary: t(
    "链主企业为产业链核心配套企业提供供应链担保的：参照市金融支持服务实体经济政策执行，金额不在本文规定。",
    "Chain leaders guaranteeing supply-chain finance for core suppliers: handled under the city's financial-support policy; amount not stated here.",
  ),
  needs: t(
    "供应链担保合同；金额按市金融支持服务实体经济政策，向市地方金融监管局咨询。",
    "The guarantee contracts; the amount follows the city's financial-support policy — ask the Municipal Local Financial Supervision Bureau.",
  ),
  readings: [READ.viaDistricts],
  params: {},
  reads: ["integratedCircuits.chainLeader", "integratedCircuits.supplyChainGuarantee"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.chainLeader",
      t("集成电路产业链链主企业", "an IC chain leader"),
    ),
    answer(
      profile,
      "integratedCircuits.supplyChainGuarantee",
      t("为产业链核心配套企业提供供应链担保", "guarantees supply-chain finance for core suppliers"),
    ),
  ],
});
