import { Calc } from "@/lib/engine/calc";
import { fact, known, oneOf, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { applyRate, percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT, READ, collaborativeProjects, type CollaborativeProject } from "./shared";

const collaborationParams = {
  rate: param.rate(
    percent(30),
    t(
      "补助比例（按参与企业软硬件实际投入）",
      "share of the participants' actual software and hardware investment",
    ),
  ),
  projectCap: param.yuan(wan(1000), t("单个项目最高补助", "cap per project")),
  participantCap: param.yuan(
    wan(500),
    t("单个参与企业最高补助", "cap per participating enterprise"),
  ),
  perYear: param.count(2, t("每年评选不超过（个项目）", "projects selected a year, at most")),
};

export const collaborativeInnovation = defineClause<
  CollaborativeProject,
  typeof collaborationParams
>({
  id: "software/5",
  policy: "software",
  article: "（五）",
  page: 25,
  heading: "鼓励高端软件协同创新",
  leadDepartment: DEPT.cityOnly,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "(五)鼓励高端软件协同创新。鼓励行业企业与软件企业加大行业通用软件研发。鼓励龙头骨干企业牵头协同创新,组织基础软件、工业软件以及人工智能、大数据、区块链、元宇宙等未来产业领域重大软件产品创新研发,每年评选不超过 2 个引领产业发展或取得颠覆性突破的项目,根据参与企业软硬件实际投入的 30%,给予最高 1000 万元补助,其中单个参与企业最高补助 500万元。(责任单位:市经信局)",
  summary: t(
    "龙头骨干企业牵头的基础软件、工业软件及人工智能、大数据、区块链、元宇宙等重大软件产品协同创新项目，每年评选不超过 2 个：按参与企业软硬件实际投入的 30% 补助，项目最高 1000 万元，单个参与企业最高 500 万元。",
    "Collaborative major software-product projects led by leading enterprises (basic and industrial software, AI, big data, blockchain, metaverse), at most 2 selected a year: 30% of the participants' actual software and hardware investment, capped at CNY 10M per project and CNY 5M per participant.",
  ),
  needs: t(
    "项目协同创新协议、各参与企业软硬件投入的审计材料、项目成果说明；评选由市经信局组织。",
    "The collaboration agreement, audited software and hardware investment of each participant and the project results; the Municipal Bureau of Economy and Information Technology runs the selection.",
  ),
  readings: [
    READ.selection("每年评选不超过 2 个项目", "at most 2 projects selected a year"),
    t(
      "按较保守理解：项目补助超过 1000 万元上限时，按本企业投入占全部参与企业投入的比例分摊项目上限",
      "Conservative reading: where the project would exceed its CNY 10M cap, the cap is shared in proportion to each participant's investment",
    ),
    t(
      "按较保守理解：领域限于原文列举的基础软件、工业软件、人工智能、大数据、区块链、元宇宙",
      "Conservative reading: the fields are those the text lists",
    ),
    READ.ceilingAmounts,
  ],
  params: collaborationParams,
  reads: [
    ...SCOPE_READS,
    "software.collaborativeProjects[].field",
    "software.collaborativeProjects[].ledByLeadingEnterprise",
    "software.collaborativeProjects[].participantsInvestment",
    "software.collaborativeProjects[].ownInvestment",
  ],
  items: collaborativeProjects,
  clauseCap: {
    amount: collaborationParams.participantCap.value,
    param: "participantCap",
    label: t("单个参与企业最高补助", "cap per participating enterprise"),
  },
  conditions: ({ profile, item, params }) => [
    qualifiedSoftwareEnterprise(profile),
    oneOf(
      t(
        "基础软件、工业软件或人工智能、大数据、区块链、元宇宙等未来产业领域",
        "basic or industrial software, or AI, big data, blockchain, metaverse",
      ),
      item.field,
      ["basic-software", "industrial-software", "ai", "big-data", "blockchain", "metaverse"],
      ["software.collaborativeProjects[].field"],
    ),
    fact(
      t("由龙头骨干企业牵头协同创新", "led by a leading backbone enterprise"),
      item.ledByLeadingEnterprise,
      ["software.collaborativeProjects[].ledByLeadingEnterprise"],
    ),
    known(
      t("本企业软硬件实际投入", "the applicant's actual software and hardware investment"),
      item.ownInvestment,
      ["software.collaborativeProjects[].ownInvestment"],
    ),
    known(
      t("全部参与企业软硬件实际投入", "all participants' actual software and hardware investment"),
      item.participantsInvestment,
      ["software.collaborativeProjects[].participantsInvestment"],
    ),
    toWin(
      t(
        `入选每年评选的不超过 ${params.perYear.value} 个引领产业发展或取得颠覆性突破的项目`,
        `selected among at most ${params.perYear.value} leading or breakthrough projects a year`,
      ),
    ),
  ],
  amount: ({ item, params }) => {
    const own = item.ownInvestment!;
    const all = Math.max(item.participantsInvestment!, own);
    const share =
      all > 0
        ? applyRate(params.projectCap.value, { num: own, den: all, text: `${own}/${all}` })
        : 0;
    return Calc.base(t("本企业软硬件实际投入", "own actual software and hardware investment"), own)
      .rate(params.rate.value)
      .cap(params.participantCap.value, params.participantCap.label)
      .cap(share, t("项目上限按投入比例分摊", "the project cap shared by investment"))
      .upTo();
  },
});
