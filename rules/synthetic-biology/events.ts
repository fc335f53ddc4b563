import { fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { upToCap } from "../shared/amounts";
import { events, READ } from "./shared";

const EV = "syntheticBiology.events[]";

const params = {
  cap: param.yuan(wan(300), t("单个活动承办方资助上限", "cap per event organiser")),
};

/** (十四) Funding for organisers of synthetic-biology forums and similar events. */
export const forumOrganisers = defineClause({
  id: "synthetic-biology/14",
  policy: "synthetic-biology",
  article: "（十四）",
  page: 40,
  heading: "加大对专业论坛等活动的支持力度",
  leadDepartment: "市科技局、市投资促进局",
  beneficiary: "organization",
  kind: "up-to",
  requiresReview: false,
  text: "(十四)加大对专业论坛等活动的支持力度。重点打造杭州品牌的国际合成生物专业论坛等活动,对举办合成生物专业论坛等活动的,给予单个活动承办方最高 300 万元资助。(牵头单位:市科技局、市投资促进局)",
  summary: t(
    "举办合成生物专业论坛等活动的，给予单个活动承办方最高 300 万元资助。",
    "Organisers of synthetic-biology professional forums and similar events: up to CNY 3M per organiser.",
  ),
  needs: t(
    "活动方案、承办协议或主管部门委托、活动经费决算",
    "Event plan, organiser agreement or mandate, and the event's final accounts",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "300 万元为单个承办方每年合计上限，同一年度承办多个活动的合计不超过 300 万元",
      "CNY 3M caps an organiser's total a year, however many events it organises",
    ),
  ],
  params,
  reads: [`${EV}.synbioForum`, `${EV}.organiser`],
  items: events,
  clauseCap: {
    amount: params.cap.value,
    param: "cap",
    label: t("单个活动承办方每年资助上限", "cap per event organiser per year"),
  },
  conditions: ({ item }) => [
    fact(
      t("合成生物专业论坛等活动", "a synthetic-biology professional forum or similar event"),
      item.synbioForum,
      [`${EV}.synbioForum`],
    ),
    fact(t("本单位为活动承办方", "the applicant is the event organiser"), item.organiser, [
      `${EV}.organiser`,
    ]),
  ],
  amount: upToCap,
});
