import { anyOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT } from "./shared";

export const chainLeaderPartners = defineClause({
  id: "integrated-circuits/2",
  policy: "integrated-circuits",
  article: "三、（二）",
  page: 20,
  heading: "培育壮大链主企业",
  leadDepartment: DEPT.chainLeaders,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(二)培育壮大链主企业。引导支持集成电路链主企业通过兼并、收购、注资、内部创业、投资孵化等方式,重点引培技术含量高、经济效益好的优质强链补链项目落地。推进集成电路领域的创新型产业用地出让试点,对链主企业的伙伴企业探索给予亩均评价信用增强保障。培育构建上下游产业生态,鼓励制造业龙头企业向集成电路领域跨界发展。(责任单位:市经信局)",
  summary: t(
    "集成电路链主企业的伙伴企业：探索给予亩均评价信用增强保障；推进创新型产业用地出让试点。",
    "Partners of IC chain leaders: a credit enhancement in the per-mu evaluation is being explored; innovative industrial-land pilots.",
  ),
  needs: t(
    "与链主企业的配套或合作协议；措施尚在探索，向市经信局咨询。",
    "Supply or cooperation agreements with the chain leader; the measure is exploratory — ask the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [
    t(
      "本条为“探索给予”，是否及如何实施以市经信局后续规定为准",
      "The measure is exploratory (探索给予); whether and how it applies is for the Municipal Bureau of Economy and Information Technology to settle",
    ),
  ],
  params: {},
  reads: ["integratedCircuits.chainLeaderPartner"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.chainLeaderPartner",
      t("集成电路链主企业的伙伴企业", "a partner of an IC chain leader"),
    ),
  ],
});

export const supplyChainAssistance = defineClause({
  id: "integrated-circuits/7",
  policy: "integrated-circuits",
  article: "三、（七）",
  page: 21,
  heading: "畅通产业链供应链",
  leadDepartment: DEPT.supplyChain,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(七)畅通产业链供应链。加强产业链供应链联动,建立产业链供应链保障工作机制,对集成电路产业链链主企业、工信部保障产业链供应链“白名单”企业开展帮扶。推动建设本地电子化学品检测实验室,提升检测效率,降低企业原材料的通关时间、检测成本和仓储成本。(责任单位:市经信局、钱江海关)",
  summary: t(
    "集成电路产业链链主企业、工信部保障产业链供应链“白名单”企业：开展帮扶。",
    "IC chain leaders and enterprises on the MIIT supply-chain “white list” receive targeted assistance.",
  ),
  needs: t(
    "链主企业认定或“白名单”文件；向市经信局、钱江海关咨询帮扶事项。",
    "Chain-leader status or white-list notice; ask the Municipal Bureau of Economy and Information Technology or the Qianjiang Customs about the assistance.",
  ),
  params: {},
  reads: ["integratedCircuits.chainLeader", "integratedCircuits.supplyChainWhiteList"],
  conditions: ({ profile }) => [
    anyOf(
      t(
        "集成电路产业链链主企业或工信部“白名单”企业",
        "an IC chain leader or on the MIIT white list",
      ),
      [
        answer(
          profile,
          "integratedCircuits.chainLeader",
          t("集成电路产业链链主企业", "IC chain leader"),
        ),
        answer(
          profile,
          "integratedCircuits.supplyChainWhiteList",
          t("工信部保障产业链供应链“白名单”企业", "on the MIIT supply-chain white list"),
        ),
      ],
    ),
  ],
});
