import { atLeast, not, oneOf, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Round } from "@/lib/engine/round";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { upToAward } from "../shared/amounts";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import {
  DEPT,
  READ,
  excellentProjects,
  mobileApps,
  type ExcellentProject,
  type MobileApp,
} from "./shared";

const common = {
  policy: "software",
  article: "（四）",
  page: 25,
  heading: "鼓励自主软件推广应用",
  leadDepartment: DEPT.cityAndDistricts,
  beneficiary: "enterprise",
  kind: "up-to",
} as const;

const APP_ID = "software/4-c";

const appParams = {
  benefitThreshold: param.yuan(
    wan(5000),
    t("年度产生效益门槛（含）", "benefit in the year, at least"),
  ),
  award: param.yuan(wan(50), t("一次性最高奖励", "one-off award, at most")),
  perYear: param.count(30, t("每年评定不超过（个）", "selected a year, at most")),
  noRepeatYears: param.years(3, t("不重复奖励的年限", "years without a repeat award")),
};

/**
 * 3 年内不重复奖励: an award under this clause for the same app in the round's year or the three
 * years before blocks a new one (the wider window, readings rule 1); an award without a year blocks too.
 */
function notRewardedWithin(
  p: EventProfile,
  app: MobileApp,
  years: number,
  round: Round,
): Condition {
  const year = round.year;
  const recent = (p.awardsReceived ?? []).some(
    (a) =>
      a.clauseId === APP_ID &&
      a.itemKey === app.id &&
      (a.year === undefined || year - a.year <= years),
  );
  return not(
    t(`${years} 年内未按本条获得过奖励`, `not rewarded under this clause within ${years} years`),
    recent,
    ["awardsReceived[].clauseId", "awardsReceived[].itemKey", "awardsReceived[].year"],
  );
}

export const mobileAppAwards = defineClause<MobileApp, typeof appParams>({
  ...common,
  id: APP_ID,
  requiresReview: true,
  text: "支持开拓移动互联网市场,每年评定不超过 30 个、年度产生效益 5000 万元(含)以上的移动互联网APP(游戏类除外),给予一次性最高 50 万元奖励(3 年内不重复奖励)。",
  summary: t(
    "每年评定不超过 30 个、年度产生效益 5000 万元（含）以上的移动互联网 APP（游戏类除外）：一次性最高奖励 50 万元，3 年内不重复奖励。",
    "Mobile-internet apps (no games) generating at least CNY 50M a year, at most 30 selected a year: a one-off award of up to CNY 500k, not repeated within 3 years.",
  ),
  needs: t(
    "APP 年度效益的审计或统计材料、运营主体证明；评定由市经信局组织。",
    "Audited or statistical evidence of the app's yearly benefit and its operator; the Municipal Bureau of Economy and Information Technology runs the selection.",
  ),
  readings: [
    READ.selection("每年评定不超过 30 个", "at most 30 selected a year"),
    READ.capScope("每家企业每年最高 50 万元", "CNY 500k per enterprise per year"),
    t(
      "按较保守理解：“3 年内不重复奖励”按评估年度及此前 3 个年度内已获本条奖励即不再奖励",
      "Conservative reading: “not repeated within 3 years” excludes an app rewarded in the evaluation year or any of the 3 years before",
    ),
    READ.ceilingAmounts,
  ],
  params: appParams,
  reads: [
    ...SCOPE_READS,
    "software.mobileApps[].isGame",
    "software.mobileApps[].annualBenefit",
    "awardsReceived[].clauseId",
    "awardsReceived[].itemKey",
    "awardsReceived[].year",
  ],
  items: mobileApps,
  clauseCap: {
    amount: appParams.award.value,
    param: "award",
    label: t(
      "单个企业每年最高奖励（按较保守理解）",
      "cap per enterprise per year (conservative reading)",
    ),
  },
  conditions: ({ profile, item, params, round }) => [
    qualifiedSoftwareEnterprise(profile),
    not(t("非游戏类 APP", "not a game"), item.isGame, ["software.mobileApps[].isGame"]),
    atLeast(
      t("年度产生效益 5000 万元（含）以上", "benefit of at least CNY 50M in the year"),
      item.annualBenefit,
      params.benefitThreshold.value,
      {
        facts: ["software.mobileApps[].annualBenefit"],
      },
    ),
    notRewardedWithin(profile, item, params.noRepeatYears.value, round),
    toWin(
      t(
        `入选每年评定的不超过 ${params.perYear.value} 个 APP`,
        `selected among at most ${params.perYear.value} apps a year`,
      ),
    ),
  ],
  amount: upToAward,
});

const solutionParams = {
  award: param.yuan(wan(50), t("一次性最高奖励", "one-off award, at most")),
};

export const nationalExcellentSolutions = defineClause<ExcellentProject, typeof solutionParams>({
  ...common,
  id: "software/4-d",
  requiresReview: false,
  text: "支持企业牵头申报国家项目,对获评“工业互联网APP优秀解决方案”“网络安全技术应用试点示范项目”国家级优秀项目(方案)的软件开发企业(解决方案提供商),给予一次性最高 50 万元奖励(每个企业当年只享受一项)。[责任单位:市经信局,各区、县(市)政府]",
  summary: t(
    "获评“工业互联网 APP 优秀解决方案”“网络安全技术应用试点示范项目”国家级优秀项目（方案）的软件开发企业：一次性最高奖励 50 万元，每个企业当年只享受一项。",
    "Software developers whose solution is named a national excellent Industrial Internet APP solution or cybersecurity pilot demonstration project: a one-off award of up to CNY 500k, one per enterprise per year.",
  ),
  needs: t(
    "国家级优秀项目（方案）的公布文件。",
    "The national notice naming the excellent project (solution).",
  ),
  readings: [
    t(
      "每个企业当年只享受一项：多个项目合计不超过 50 万元",
      "One award per enterprise per year: several projects together at most CNY 500k",
    ),
    READ.ceilingAmounts,
  ],
  params: solutionParams,
  reads: [...SCOPE_READS, "software.nationalExcellentProjects[].programme"],
  items: excellentProjects,
  clauseCap: {
    amount: solutionParams.award.value,
    param: "award",
    label: t("每个企业当年只享受一项奖励的上限", "cap of one award per enterprise per year"),
  },
  conditions: ({ profile, item }) => [
    qualifiedSoftwareEnterprise(profile),
    oneOf(
      t(
        "获评“工业互联网 APP 优秀解决方案”或“网络安全技术应用试点示范项目”国家级优秀项目（方案）",
        "a national excellent Industrial Internet APP solution or cybersecurity pilot project",
      ),
      item.programme,
      ["industrial-internet-app", "cybersecurity-pilot"],
      ["software.nationalExcellentProjects[].programme"],
    ),
  ],
  amount: upToAward,
});
