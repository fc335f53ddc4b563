import { Calc } from "@/lib/engine/calc";
import { above, fact, increase, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { yearLabel, yearText } from "../shared/years";
import { READ } from "./shared";

const FUND = "biomedicine.fundManager";

export const cityFundDirectInvestment = defineClause({
  id: "biomedicine/23-a",
  policy: "biomedicine",
  article: "（二十三）",
  page: 7,
  heading: "强化产业金融支撑",
  leadDepartment: "市国资委、市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "(二十三)强化产业金融支撑。发挥政府产业基金的投资引导作用,带动社会资本、金融资本投向生物医药产业。鼓励“一核四园多点”,遵循市场化机制,设立多层次生物医药产业基金。对所投的重大产业项目,经市委、市政府研究决策后,市级产业基金可采取市、区县(市)1:1联动出资机制进行直投。",
  summary: t(
    "重大产业项目经市委、市政府研究决策后，市级产业基金可采取市、区县（市）1:1 联动出资机制进行直投。",
    "Major industrial projects: after a decision of the city's Party committee and government, the city industrial fund may invest directly, co-investing 1:1 with the district.",
  ),
  needs: t(
    "重大产业项目申报材料；向市国资委、市经信局咨询",
    "The major project's file; ask the Municipal State-owned Assets Commission or the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    t("股权直投而非无偿资助，金额未规定", "Equity investment, not a grant; no amount is stated"),
  ],
  params: {},
  reads: ["biomedicine.cityFundMajorProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.cityFundMajorProject",
      t("重大产业项目", "a major industrial project"),
    ),
    toWin(t("经市委、市政府研究决策", "a decision of the city's Party committee and government")),
  ],
});

const fundParams = {
  rate: param.rate(
    percent(2),
    t(
      "按年度合计到账投资（不含约定返投）的比例",
      "share of the year's paid-in investment, agreed return investment excluded",
    ),
  ),
  cap: param.yuan(wan(500), t("每家基金管理公司每年奖励上限", "cap per fund manager per year")),
};

export const fundManagerAward = defineClause({
  id: "biomedicine/23-b",
  policy: "biomedicine",
  article: "（二十三）",
  page: 7,
  heading: "强化产业金融支撑",
  leadDepartment: "市国资委、市经信局",
  beneficiary: "fund-manager",
  kind: "formula",
  requiresReview: false,
  text: "对依法设立的各类市场化运行的私募股权、创业投资基金,按其年度对本市或同意落地本市生物医药企业合计到账投资(不含约定返投)金额的 2%给予基金管理公司奖励,最高不超过 500 万元;",
  summary: t(
    "依法设立、市场化运行的私募股权、创业投资基金，按其年度对本市（或同意落地本市）生物医药企业合计到账投资（不含约定返投）的 2% 给予基金管理公司奖励，最高 500 万元。",
    "Market-operated PE and VC funds: the manager receives 2% of the year's investment paid in to Hangzhou biomedicine enterprises (or ones agreeing to settle), agreed return investment excluded, capped at CNY 5M.",
  ),
  needs: t(
    "基金备案证明、年度投资协议与到账凭证、约定返投条款说明",
    "Fund filing, the year's investment agreements and receipts, the agreed return-investment terms",
  ),
  readings: [
    t(
      "基数为年度到账投资，奖励按年度计；按较保守理解，500 万元上限按基金管理公司（其所管理的各基金合计）每年计（解读约定第 8 条）",
      "The base is the year's paid-in investment, so the award is yearly; conservatively, the CNY 5M cap applies per fund manager (all its funds together) per year (readings rule 8)",
    ),
    READ.notForEnterprises,
  ],
  params: fundParams,
  reads: [
    `${FUND}.marketOperatedFund`,
    `${FUND}.paidInInvestment`,
    `${FUND}.agreedReturnInvestment`,
  ],
  conditions: ({ profile, round }) => {
    const f = profile.biomedicine?.fundManager;
    const paid = f?.paidInInvestment;
    const returned = f?.agreedReturnInvestment;
    return [
      fact(
        t(
          "依法设立、市场化运行的私募股权或创业投资基金",
          "a legally established, market-operated PE or VC fund",
        ),
        f?.marketOperatedFund,
        [`${FUND}.marketOperatedFund`],
      ),
      above(
        yearText(
          round.eventYear,
          "{y} 年对本市生物医药企业到账投资（不含约定返投）",
          "investment paid in to Hangzhou biomedicine enterprises in {y}, return investment excluded",
        ),
        increase(paid, returned),
        0,
        { facts: [`${FUND}.paidInInvestment`, `${FUND}.agreedReturnInvestment`] },
      ),
    ];
  },
  amount: ({ profile, params, round }) => {
    const f = profile.biomedicine!.fundManager!;
    return Calc.base(
      yearLabel(round.eventYear, 0, "合计到账投资", "investment paid in"),
      f.paidInInvestment!,
    )
      .minus(f.agreedReturnInvestment!, t("约定返投", "agreed return investment"))
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .exactly();
  },
});

export const districtFundReturnReward = defineClause({
  id: "biomedicine/23-c",
  policy: "biomedicine",
  article: "（二十三）",
  page: 7,
  heading: "强化产业金融支撑",
  leadDepartment: "市国资委、市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "鼓励各区、县(市)对政府产业基金所投重大项目,使用政府投资的收益部分给予其一定奖励。(牵头单位:市国资委、市经信局,配合单位:市财政局)",
  summary: t(
    "鼓励各区、县（市）对政府产业基金所投重大项目，使用政府投资的收益部分给予一定奖励，金额未规定。",
    "Districts are encouraged to reward major projects invested by government industrial funds out of the government's investment returns; amount not stated.",
  ),
  needs: t(
    "政府产业基金投资协议；奖励办法向所在区、县（市）及市国资委、市经信局咨询",
    "The government fund's investment agreement; ask the district, the Municipal State-owned Assets Commission or the Municipal Bureau of Economy and Information Technology",
  ),
  params: {},
  reads: ["biomedicine.governmentFundMajorProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.governmentFundMajorProject",
      t("政府产业基金所投重大项目", "a major project invested by a government industrial fund"),
    ),
  ],
});
