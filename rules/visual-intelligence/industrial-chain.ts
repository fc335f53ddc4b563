import { above, atLeast, fact, increase } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { yearText } from "../shared/years";
import { UNDER_EXISTING_POLICIES, isVisionEnterprise } from "./shared";

export const chainLeaderOrders = defineClause({
  id: "visual-intelligence/1",
  policy: "visual-intelligence",
  article: "四、（一）1.",
  page: 36,
  heading: "支持链主企业构建产业生态体系",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "1.支持链主企业构建产业生态体系。鼓励链主企业加大上下游生产配套企业订单生产,按年度执行非关联交易订单增量部分给予相应奖励。(市经信局)",
  summary: t(
    "链主企业加大上下游生产配套企业订单生产的，按年度执行非关联交易订单增量部分给予相应奖励；比例和上限未规定。",
    "Chain-leader enterprises placing more production orders with upstream and downstream supporting enterprises: a reward on the year's increase in executed non-affiliated orders; rate and cap not stated.",
  ),
  needs: t(
    "链主企业认定材料、本年度与上年度向上下游配套企业执行的非关联交易订单明细。奖励比例未规定，请向市经信局（牵头）咨询。",
    "Proof of chain-leader status and the non-affiliated orders executed with supporting enterprises this year and last year. The rate is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [
    t(
      "“增量部分”按本年度执行的非关联交易订单额减上年度计（readings 第 4 条）。",
      "“The increase” is this year's executed non-affiliated orders less last year's (readings rule 4).",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {},
  reads: [
    "visualIntelligence.chainLeader",
    "visualIntelligence.supplierOrdersCurrent",
    "visualIntelligence.supplierOrdersPrevious",
  ],
  conditions: ({ profile, round }) => {
    const v = profile.visualIntelligence;
    return [
      fact(t("视觉智能产业链链主企业", "chain-leader enterprise"), v?.chainLeader, [
        "visualIntelligence.chainLeader",
      ]),
      above(
        yearText(
          round.eventYear,
          "{y} 年向上下游配套企业执行的非关联交易订单额较 {y-1} 年增加",
          "non-affiliated orders with supporting enterprises grew {y-1} → {y}",
        ),
        increase(v?.supplierOrdersCurrent, v?.supplierOrdersPrevious),
        0,
        {
          facts: [
            "visualIntelligence.supplierOrdersCurrent",
            "visualIntelligence.supplierOrdersPrevious",
          ],
        },
      ),
    ];
  },
});

export const headquartersStars = defineClause({
  id: "visual-intelligence/2",
  policy: "visual-intelligence",
  article: "四、（一）2.",
  page: 36,
  heading: "加快培育视觉智能总部企业",
  leadDepartment: "市发改委",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "2.加快培育视觉智能总部企业。对首次评为“三星级”及以上的视觉智能总部企业,按照标准予以梯度资金奖励。对星级评定等次提升的总部企业,按照标准予以差额奖励。(市发改委)",
  summary: t(
    "首次评为“三星级”及以上的视觉智能总部企业，按照标准予以梯度资金奖励；星级提升的，予以差额奖励；金额未在本文规定。",
    "Visual-intelligence headquarters first rated three-star or above: tiered rewards under the standard; a higher rating later earns the difference; amounts not stated here.",
  ),
  needs: t(
    "总部企业星级评定文件（本次及以往）。奖励标准未在本文规定，请向市发改委（牵头）咨询总部企业奖励标准。",
    "The headquarters star-rating decisions (now and before). The reward standard is not in this text: ask the Municipal Development and Reform Commission (the Municipal Development and Reform Commission, lead).",
  ),
  readings: [
    t(
      "首次达到三星级及以上、或星级较此前提升的，才有（差额）奖励（readings 第 7 条）。",
      "Only a first rating of three stars or more, or a higher rating than before, is rewarded (the difference; readings rule 7).",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {
    minStars: param.count(
      3,
      t("总部企业星级（三星级及以上）", "headquarters rating, three stars or more"),
    ),
  },
  reads: ["visualIntelligence.hqStarRating", "visualIntelligence.hqPreviousStarRating"],
  conditions: ({ profile, params }) => {
    const v = profile.visualIntelligence;
    return [
      atLeast(
        t("评为“三星级”及以上的总部企业", "rated three-star or above"),
        v?.hqStarRating,
        params.minStars.value,
        {
          facts: ["visualIntelligence.hqStarRating"],
          unit: "count",
        },
      ),
      above(
        t("首次评为该星级（高于此前获评的最高星级）", "a rating higher than any before"),
        v?.hqPreviousStarRating === undefined ? undefined : v.hqStarRating,
        v?.hqPreviousStarRating ?? 0,
        {
          facts: ["visualIntelligence.hqStarRating", "visualIntelligence.hqPreviousStarRating"],
          unit: "count",
        },
      ),
    ];
  },
});

export const softwareScaleUp = defineClause({
  id: "visual-intelligence/3",
  policy: "visual-intelligence",
  article: "四、（一）3.",
  page: 36,
  heading: "支持视觉智能企业做大做强",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "3.支持视觉智能企业做大做强。对年营收首次达到一定规模的视觉智能软件企业,给予相应奖励。(市经信局)",
  summary: t(
    "年营收首次达到一定规模的视觉智能软件企业，给予相应奖励；规模门槛和金额未在本文规定。",
    "Visual-intelligence software enterprises whose yearly revenue first reaches a certain scale: a reward; threshold and amount not stated here.",
  ),
  needs: t(
    "软件企业证明、近两年营业收入审计报告。规模门槛和奖励标准未在本文规定（可参照软件产业政策的营收档次），请向市经信局（牵头）咨询。",
    "Proof of software-enterprise status and audited revenue for the last two years. The threshold and reward are not in this text (cf. the software policy's revenue tiers): ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [
    t(
      "“首次达到”某一规模，意味着本年营收高于上年；门槛本身未规定，故只检查这一点。",
      "“First reaching” a scale implies this year's revenue exceeds last year's; the threshold itself is not stated, so only that is checked.",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {},
  reads: [
    "enterprise.industries",
    "visualIntelligence.softwareEnterprise",
    "finance.current.revenue",
    "finance.previous.revenue",
  ],
  conditions: ({ profile, round }) => [
    isVisionEnterprise(profile),
    answer(
      profile,
      "visualIntelligence.softwareEnterprise",
      t("软件企业", "a software enterprise"),
    ),
    above(
      yearText(
        round.eventYear,
        "{y} 年营业收入高于 {y-1} 年（首次达到新规模的前提）",
        "revenue {y} above {y-1} (needed to reach a scale for the first time)",
      ),
      profile.finance?.previous?.revenue === undefined
        ? undefined
        : profile.finance?.current?.revenue,
      profile.finance?.previous?.revenue ?? 0,
      { facts: ["finance.current.revenue", "finance.previous.revenue"] },
    ),
  ],
});
