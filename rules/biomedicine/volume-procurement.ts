import { Calc } from "@/lib/engine/calc";
import { above, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { READ, lessReceived, procurementWins } from "./shared";

export const volumeProcurementAward = defineClause({
  id: "biomedicine/14",
  policy: "biomedicine",
  article: "（十四）",
  page: 5,
  heading: "支持企业参加集中带量采购",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(十四)支持企业参加集中带量采购。鼓励企业积极参加国家、省级药械集中带量采购,按中标总价的 3%予以奖励,单个品种最高奖励不超过 300 万元。(牵头单位:市经信局,配合单位:市财政局、市医疗保障局)",
  summary: t(
    "企业参加国家、省级药械集中带量采购中标的，按中标总价的 3% 予以奖励，单个品种最高 300 万元。",
    "Enterprises winning national or provincial volume-based procurement of drugs or devices: 3% of the total winning bid value, capped at CNY 3M per variety.",
  ),
  needs: t(
    "国家或省级集中带量采购中选结果公告、中标总价证明",
    "The national or provincial procurement result notice and the winning bid value",
  ),
  readings: [READ.capOnce("300 万元按单个品种", "CNY 3M per variety")],
  params: {
    rate: param.rate(percent(3), t("按中标总价的比例", "share of the winning bid value")),
    cap: param.yuan(wan(300), t("单个品种奖励上限", "cap per variety")),
  },
  reads: ["biomedicine.procurementWins[].level", "biomedicine.procurementWins[].winningBidTotal"],
  items: procurementWins,
  conditions: ({ item }) => [
    oneOf(
      t("国家或省级药械集中带量采购", "national or provincial volume-based procurement"),
      item.level,
      ["national", "provincial"],
      ["biomedicine.procurementWins[].level"],
    ),
    above(t("已中标（中标总价）", "won (winning bid value)"), item.winningBidTotal, 0, {
      facts: ["biomedicine.procurementWins[].winningBidTotal"],
    }),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.base(t("中标总价", "winning bid value"), item.winningBidTotal!)
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label),
      received("biomedicine/14", item.id),
    ).exactly(),
});
