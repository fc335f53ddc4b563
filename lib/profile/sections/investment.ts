import { choice, date, flag, itemId, itemName, money, strict, text, year } from "../fields";

/** Investment projects and the loans that finance them (loan-interest subsidies read both). */

export const projectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    year: year("投资年度", "Year of investment"),
    totalInvestment: money("项目总投资", "Total project investment"),
    eligibleInvestment: money(
      "实际投资总额（不含土地、厂房、旧设备，含新设备、GMP 厂房装修等）",
      "Actual investment (excluding land, plant and used equipment; including new equipment and GMP fit-out)",
    ),
    isIndustrialisation: flag("产业化项目", "Industrialisation project"),
    isFixedAssetInvestment: flag(
      "工业固定资产投资项目",
      "Industrial fixed-asset investment project",
    ),
    completed: flag("已建成（完工）", "Completed"),
    recognised: flag("已经主管部门认定", "Recognised by the competent department"),
    appliesSyntheticBiology: flag(
      "经认定应用合成生物技术",
      "Recognised as applying synthetic-biology technology",
    ),
  })
  .meta({ title: "投资项目", titleEn: "Investment project" });

export const loanSchema = strict
  .object({
    id: itemId,
    name: itemName,
    projectId: text("用于的投资项目（编号）", "Project financed (ID)", 64),
    kind: choice("融资方式", "Kind of financing", ["bank-loan", "bond"], {
      "bank-loan": ["银行贷款", "Bank loan"],
      bond: ["债券融资", "Bond"],
    }),
    amount: money("实际贷款金额", "Actual loan amount"),
    year: year("贷款年度（放款年份）", "Year of the loan (year drawn)"),
    drawnOn: date("放款日期", "Date drawn", {
      description: "填写后以放款日期判断贷款是否在政策施行之后发放",
      descriptionEn: "When given, decides whether the loan was drawn after the policy took effect",
    }),
    maturityYear: year("贷款到期年份", "Year the loan matures", {
      description: "贴息按申报所属年度计息：贷款须在该年度内仍未到期",
      descriptionEn:
        "The subsidy is for the interest of the event year: the loan must not have matured before it",
    }),
  })
  .meta({ title: "贷款", titleEn: "Loan" });
