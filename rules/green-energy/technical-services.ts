import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { READ } from "./shared";

/** 二、（二）3. Public information service and testing centres (amount by other policies). */
export const infoAndTestingCentres = defineClause({
  id: "green-energy/2.3",
  policy: "green-energy",
  article: "二、（二）3.",
  page: 15,
  heading: "加大技术服务对外输出",
  leadDepartment: "市科技局、市市场监管局、市发改委、市经信局",
  beneficiary: "platform",
  kind: "unspecified",
  requiresReview: false,
  text: "3.加大技术服务对外输出。加强绿色能源领域公共资讯服务中心、检测检验中心建设,按有关政策给予支持。支持大中型企业剥离软件开发、系统集成、信息服务等业务,成立独立法人实体,面向行业或中小企业输出解决方案和经验,提供专业化服务。(责任单位:市科技局、市市场监管局、市发改委、市经信局)",
  summary: t(
    "加强绿色能源领域公共资讯服务中心、检测检验中心建设，按有关政策给予支持；金额未明确。",
    "Green-energy public information service centres and testing/inspection centres are supported under the relevant policies; no amount stated.",
  ),
  needs: t(
    "中心建设方案与投入证明；支持标准请咨询市科技局、市市场监管局",
    "Construction plan and investment of the centre; ask the Municipal Science and Technology Bureau or the Municipal Market Supervision Administration about the support",
  ),
  readings: [
    READ.byOtherPolicies(
      "市科技局、市市场监管局",
      "the Municipal Science and Technology Bureau or the Municipal Market Supervision Administration",
    ),
  ],
  params: {},
  reads: ["greenEnergy.infoOrTestingCentre"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.infoOrTestingCentre",
      t(
        "绿色能源领域公共资讯服务中心或检测检验中心",
        "a green-energy information service or testing centre",
      ),
    ),
  ],
});
