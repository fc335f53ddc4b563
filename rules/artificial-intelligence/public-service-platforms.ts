import { Calc } from "@/lib/engine/calc";
import { above, known, listIncludes, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { namedItems, type Platform } from "../shared/items";
import { OVERLAP } from "../shared/overlap-groups";
import { yearLabel } from "../shared/years";

/** Platforms serving the AI industry; those whose fields are not answered are kept (and asked). */
const aiPlatforms = namedItems<Platform>(
  (p) =>
    p.platforms?.filter(
      (x) => x.industries === undefined || x.industries.includes("artificial-intelligence"),
    ),
  "platforms",
  t("公共服务平台", "public service platform"),
);

const demoPlatformParams = {
  minTransactions: param.yuan(
    wan(2000),
    t("年服务交易额超过", "yearly service transactions above"),
  ),
  cap: param.yuan(
    wan(200),
    t("运营经费补助每年最高", "operating-expense subsidy per year, at most"),
  ),
};

export const publicServiceDemoPlatforms = defineClause({
  id: "artificial-intelligence/7",
  policy: "artificial-intelligence",
  article: "三、（七）",
  page: 31,
  heading: "提升创新平台能级",
  leadDepartment: "市经信局",
  beneficiary: "platform",
  kind: "up-to",
  requiresReview: true,
  text: "支持企业、科研院所和第三方机构为人工智能企业提供产品评测、知识产权交易等公共服务,择优评选一批市级人工智能产业公共服务示范平台,对年服务交易额超过 2000 万元的示范平台,每年给予运营经费补助,补助金额最高不超过 200 万元。(责任单位:市经信局、市发改委、市科技局、市财政局)",
  summary: t(
    "择优评选的市级人工智能产业公共服务示范平台，年服务交易额超过 2000 万元的，每年给予运营经费补助，最高不超过 200 万元。",
    "Selected city AI public-service demonstration platforms with yearly service transactions above CNY 20M: a yearly operating-expense subsidy of up to CNY 2M.",
  ),
  needs: t(
    "平台为人工智能企业提供产品评测、知识产权交易等公共服务的材料，年度服务交易额与运营费用审计材料；参加市经信局择优评选。",
    "Evidence of public services (product testing, IP trading…) for AI enterprises, audited yearly service transactions and operating expenses; enter the bureau's selection.",
  ),
  readings: [
    L.conservative(
      "运营经费补助以平台上年度运营费用为限，估算为不超过运营费用与 200 万元中的较低者。",
      "an operating-expense subsidy cannot exceed the platform's operating expenses of the previous year, so the estimate is up to the lower of those and CNY 2M.",
    ),
    L.conservative(
      "“最高不超过 200 万元”按每个申请单位每年合计计算（同一单位运营多个示范平台的不叠加）。",
      "the CNY 2M cap is applied per applicant and year (several platforms of one operator are not added up).",
    ),
  ],
  params: demoPlatformParams,
  reads: [
    "platforms[].industries",
    "platforms[].serviceTransactionValue",
    "platforms[].operatingExpense",
  ],
  items: aiPlatforms,
  exclusiveGroup: OVERLAP.platformServices,
  clauseCap: {
    amount: demoPlatformParams.cap.value,
    param: "cap",
    label: t("每个申请单位每年上限", "cap per applicant and year"),
  },
  conditions: ({ item, params, round }) => [
    listIncludes(
      t(
        "为人工智能企业提供产品评测、知识产权交易等公共服务",
        "provides public services (testing, IP trading…) to AI enterprises",
      ),
      item.industries,
      "artificial-intelligence",
      ["platforms[].industries"],
    ),
    above(
      t("年服务交易额超过 2000 万元", "yearly service transactions above CNY 20M"),
      item.serviceTransactionValue,
      params.minTransactions.value,
      {
        facts: ["platforms[].serviceTransactionValue"],
      },
    ),
    known(
      yearLabel(round.eventYear, 0, "平台运营费用", "the platform's operating expenses"),
      item.operatingExpense,
      ["platforms[].operatingExpense"],
    ),
    toWin(
      t(
        "择优评选为市级人工智能产业公共服务示范平台",
        "selected as a city AI public-service demonstration platform",
      ),
    ),
  ],
  amount: ({ item, params, round }) =>
    Calc.base(
      yearLabel(round.eventYear, 0, "平台运营费用", "the platform's operating expenses"),
      item.operatingExpense!,
    )
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});
