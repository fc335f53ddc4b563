import { Calc } from "@/lib/engine/calc";
import { atLeast, grew, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { answer } from "../shared/answers";
import { increaseLabel, yearLabel, yearText } from "../shared/years";
import { READ, growthKept, type KeyField } from "./shared";

const ROBOT_FIELDS: readonly KeyField[] = ["robot", "additive-manufacturing"];
const robotField = (field: KeyField | undefined) =>
  oneOf(
    t("机器人或增材制造企业", "a robot or additive-manufacturing enterprise"),
    field,
    ROBOT_FIELDS,
    ["highEndEquipment.keyField"],
  );

const purchaseParams = {
  purchaseThreshold: param.yuan(wan(1000), t("年采购额达到", "annual purchases, at least")),
  rate: param.rate(
    percent(5),
    t("补助比例（不高于采购额新增部分）", "share of the increase in purchases, at most"),
  ),
  yearlyCap: param.yuan(
    wan(500),
    t("单个企业每年享受补助上限", "subsidy cap per enterprise per year"),
  ),
};

/** 四、 Robot and additive-manufacturing enterprises buying more from non-affiliated parts makers. */
export const robotPartsPurchaseSubsidy = defineClause({
  id: "high-end-equipment/4-a",
  policy: "high-end-equipment",
  article: "四、",
  page: 9,
  heading: "推动重点领域做精做专",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "机器人、增材制造企业采购、应用非关联零部件企业生产的产品,年采购额达到 1000 万元以上的,按不高于采购额新增部分 5%的比例(上年同比保持增长)给予补助,单个企业每年享受补助不超过 500 万元。",
  summary: t(
    "机器人、增材制造企业采购、应用非关联零部件企业产品，年采购额达到 1000 万元以上的，按不高于采购额新增部分 5% 给予补助（上年同比保持增长），每年最高 500 万元。",
    "Robot and additive-manufacturing enterprises buying products of non-affiliated parts makers, at least CNY 10M a year: up to 5% of the increase in purchases (growth kept the year before), at most CNY 5M a year.",
  ),
  needs: t(
    "近三年向非关联零部件企业采购的合同、发票汇总及关联关系说明",
    "Contracts and invoices of purchases from non-affiliated parts makers over three years, with a statement of non-affiliation",
  ),
  readings: [READ.maximumStandard, READ.newIsGrowth, READ.growthKept],
  params: purchaseParams,
  reads: [
    "highEndEquipment.keyField",
    "highEndEquipment.partsPurchasesCurrent",
    "highEndEquipment.partsPurchasesPrevious",
    "highEndEquipment.partsPurchasesTwoYearsAgo",
  ],
  conditions: ({ profile, params, round }) => {
    const y = round.eventYear;
    const s = profile.highEndEquipment;
    return [
      robotField(s?.keyField),
      atLeast(
        yearLabel(
          y,
          0,
          "采购、应用非关联零部件企业产品金额",
          "purchases from non-affiliated parts makers",
        ),
        s?.partsPurchasesCurrent,
        params.purchaseThreshold.value,
        {
          facts: ["highEndEquipment.partsPurchasesCurrent"],
        },
      ),
      grew(
        yearText(y, "{y} 年采购额较 {y-1} 年有新增", "purchases grew {y-1} → {y}"),
        s?.partsPurchasesCurrent,
        s?.partsPurchasesPrevious,
        ["highEndEquipment.partsPurchasesCurrent", "highEndEquipment.partsPurchasesPrevious"],
      ),
      growthKept(y, s?.partsPurchasesPrevious, s?.partsPurchasesTwoYearsAgo, [
        "highEndEquipment.partsPurchasesPrevious",
        "highEndEquipment.partsPurchasesTwoYearsAgo",
      ]),
    ];
  },
  amount: ({ profile, params, round }) => {
    const s = profile.highEndEquipment!;
    return Calc.base(
      increaseLabel(round.eventYear, "采购额新增部分", "increase in purchases"),
      s.partsPurchasesCurrent! - s.partsPurchasesPrevious!,
    )
      .rate(params.rate.value)
      .cap(params.yearlyCap.value, L.perEnterpriseYearCap)
      .upTo();
  },
});

/** 四、 Priority listing of robot and additive-manufacturing R&D headquarters and bases. */
export const robotHeadquartersPriority = defineClause({
  id: "high-end-equipment/4-b",
  policy: "high-end-equipment",
  article: "四、",
  page: 9,
  heading: "推动重点领域做精做专",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "支持国内外机器人、增材制造企业设立研发总部或生产基地,对符合条件的项目,经评审,优先列为A、B类重大招商引资项目。(牵头单位:市经信局,配合单位:市科技局、市财政局、市投资促进局)",
  summary: t(
    "国内外机器人、增材制造企业设立研发总部或生产基地的，符合条件的项目经评审优先列为 A、B 类重大招商引资项目。",
    "Robot and additive-manufacturing enterprises setting up an R&D headquarters or production base: qualifying projects are, after review, listed with priority as class A/B major investment projects.",
  ),
  needs: t(
    "研发总部或生产基地项目方案；向市经信局、市投资促进局申报评审",
    "Project plan for the headquarters or base; apply to the Municipal Bureau of Economy and Information Technology and the Municipal Investment Promotion Bureau for review",
  ),
  params: {},
  reads: ["highEndEquipment.keyField", "highEndEquipment.rdHqOrBaseProject"],
  conditions: ({ profile }) => [
    robotField(profile.highEndEquipment?.keyField),
    answer(
      profile,
      "highEndEquipment.rdHqOrBaseProject",
      t(
        "在杭设立研发总部或生产基地的项目",
        "a project to set up an R&D headquarters or production base",
      ),
    ),
  ],
});
