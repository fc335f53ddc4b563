import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT, icEnterprise } from "./shared";

export const talentClassification = defineClause({
  id: "integrated-circuits/9",
  policy: "integrated-circuits",
  article: "三、（九）",
  page: 21,
  heading: "完善人才分类认定",
  leadDepartment: DEPT.talentRecognition,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(九)完善人才分类认定。加大集成电路产业人才队伍建设支持力度,充分考虑集成电路企业的规模、研发投入等因素,以及人才的岗位、能力、实绩、薪酬等要素,完善集成电路高层次人才的分类认定标准。授权符合条件的企业开展人才分类认定。(责任单位:市人力社保局、市经信局)",
  summary: t(
    "完善集成电路高层次人才分类认定标准，授权符合条件的企业自主开展人才分类认定。",
    "Classification standards for high-level IC talent are refined; qualified enterprises are authorised to classify talent themselves.",
  ),
  needs: t(
    "企业规模、研发投入和人才情况；授权条件未在本文规定，向市人力社保局、市经信局咨询。",
    "Size, R&D investment and staff; the conditions for the authorisation are not stated — ask the Municipal Human Resources and Social Security Bureau or the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [
    t(
      "授权的具体条件（企业规模、研发投入等）未在本文规定，仅按集成电路企业判断",
      "The conditions of the authorisation (size, R&D…) are not stated; only being an IC enterprise is checked",
    ),
  ],
  params: {},
  reads: ["integratedCircuits.icEnterprise"],
  conditions: ({ profile }) => [icEnterprise(profile)],
});

export const talentHousing = defineClause({
  id: "integrated-circuits/10-a",
  policy: "integrated-circuits",
  article: "三、（十）",
  page: 22,
  heading: "推动人才待遇落实",
  leadDepartment: DEPT.talentTreatment,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(十)推动人才待遇落实。探索研究包括集成电路企业在内的突出贡献企业建设人才共有产权保障住房政策,向符合条件的人才配售。",
  summary: t(
    "包括集成电路企业在内的突出贡献企业：探索建设人才共有产权保障住房，向符合条件的人才配售。",
    "Enterprises with outstanding contributions, IC enterprises included: shared-ownership talent housing is being explored, sold to qualified talent.",
  ),
  needs: t(
    "政策尚在探索研究，向市住保房管局咨询。",
    "The policy is still being explored; ask the Municipal Housing Security and Real Estate Bureau.",
  ),
  readings: [
    t(
      "“突出贡献企业”的标准未在本文规定，且本条为“探索研究”，仅按集成电路企业判断",
      "“Outstanding contribution” is not defined and the measure is exploratory; only being an IC enterprise is checked",
    ),
  ],
  params: {},
  reads: ["integratedCircuits.icEnterprise"],
  conditions: ({ profile }) => [icEnterprise(profile)],
});

export const talentSchooling = defineClause({
  id: "integrated-circuits/10-b",
  policy: "integrated-circuits",
  article: "三、（十）",
  page: 22,
  heading: "推动人才待遇落实",
  leadDepartment: DEPT.talentTreatment,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "对集成电路人才加大教育资源保障力度,在安排高层次人才子女入学方面突出“人才优先”原则。[责任单位:市住保房管局、市教育局,有关区、县(市)政府]",
  summary: t(
    "集成电路人才：加大教育资源保障，高层次人才子女入学突出“人才优先”。",
    "IC talent: priority in education; the children of high-level talent are placed in schools on a “talent first” basis.",
  ),
  needs: t(
    "高层次人才认定文件和子女入学需求；向市教育局或属地政府咨询。",
    "The talent's high-level recognition and the schooling need; ask the Municipal Education Bureau or the district.",
  ),
  params: {},
  reads: ["integratedCircuits.icEnterprise", "integratedCircuits.highLevelTalent"],
  conditions: ({ profile }) => [
    icEnterprise(profile),
    answer(
      profile,
      "integratedCircuits.highLevelTalent",
      t("有集成电路高层次人才", "employs high-level IC talent"),
    ),
  ],
});
