import { Calc } from "@/lib/engine/calc";
import { anyOf, atLeast, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { ItemSource } from "@/lib/engine/types";
import { startYearOf } from "../policies";
import { holdsHonour, honourLabel, type Honour } from "../shared/honours";
import { answer } from "../shared/answers";
import { SCOPE_READS, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT } from "./shared";
import { OVERLAP } from "../shared/overlap-groups";

const common = {
  policy: "software",
  article: "（二）",
  page: 24,
  heading: "支持企业做优做精",
  leadDepartment: DEPT.excellence,
  beneficiary: "enterprise",
  requiresReview: false,
} as const;

const KEY_SOFTWARE_ID = "software/2-a";
const POLICY_START_YEAR = startYearOf("software");

/**
 * The applicant's recognition as a national key encouraged software enterprise, once: the item key
 * is the honour kind (as for the other honours), and a first-time entry is preferred.
 */
const keySoftwareRecognition = {
  list: (p) => {
    if (p.honours === undefined) return undefined;
    const entries = p.honours.filter((h) => h.kind === "national-key-software");
    const first = entries.find((h) => h.firstTime === true) ?? entries[0];
    return first ? [first] : [];
  },
  key: (h: Honour) => h.kind ?? h.id,
  label: (h: Honour) => honourLabel(h, "zh"),
  labelEn: (h: Honour) => honourLabel(h, "en"),
  path: "honours",
  noun: t("认定", "recognition"),
} satisfies ItemSource<Honour>;

const keySoftwareParams = {
  award: param.yuan(
    wan(200),
    t(
      "首次入选“国家鼓励的重点软件企业”一次性奖励",
      "one-off award on first selection as a national key encouraged software enterprise",
    ),
  ),
  fromYear: param.year(
    POLICY_START_YEAR,
    t("入选年度不早于（本政策施行年度）", "selected in or after (the year the policy took effect)"),
  ),
};

export const nationalKeySoftware = defineClause({
  ...common,
  id: KEY_SOFTWARE_ID,
  kind: "fixed",
  text: "(二)支持企业做优做精。鼓励软件企业积极申报“国家鼓励的重点软件企业”,对首次入选的软件企业,一次性给予 200 万元奖励。",
  summary: t(
    "首次入选“国家鼓励的重点软件企业”的软件企业：一次性奖励 200 万元。",
    "Software enterprises selected for the first time as a national key encouraged software enterprise: a one-off CNY 2M.",
  ),
  needs: t(
    "入选“国家鼓励的重点软件企业”清单的文件。",
    "The list or notice naming the enterprise a national key encouraged software enterprise.",
  ),
  readings: [
    t(
      `按较保守理解：“首次入选”按本政策施行（${POLICY_START_YEAR} 年）以来首次入选计，更早入选的不计`,
      `Conservative reading: “first selected” counts selections from ${POLICY_START_YEAR}, when the policy took effect; earlier ones do not count`,
    ),
    t(
      "一次性奖励：此前已按本条获得的予以扣减",
      "One-off: an award already received under this clause is deducted",
    ),
  ],
  params: keySoftwareParams,
  reads: [
    ...SCOPE_READS,
    "honours[].kind",
    "honours[].firstTime",
    "honours[].year",
    "awardsReceived[].clauseId",
    "awardsReceived[].amount",
  ],
  items: keySoftwareRecognition,
  exclusiveGroup: OVERLAP.honour,
  conditions: ({ profile, item, params }) => [
    qualifiedSoftwareEnterprise(profile),
    fact(t("首次入选", "selected for the first time"), item.firstTime, ["honours[].firstTime"]),
    atLeast(
      t(`${params.fromYear.value} 年及以后入选`, `selected in ${params.fromYear.value} or later`),
      item.year,
      params.fromYear.value,
      {
        facts: ["honours[].year"],
        unit: "year",
      },
    ),
  ],
  amount: ({ params, received }) =>
    Calc.fixed(params.award.label, params.award.value)
      .lessReceived(
        received(KEY_SOFTWARE_ID),
        t("已按本条获得的奖励", "already received under this clause"),
      )
      .exactly(),
});

export const nicheChampions = defineClause({
  ...common,
  id: "software/2-b",
  kind: "unspecified",
  text: "集中资源扶持一批软件产业细分领域“隐形冠军”、挂牌上市、“专精特新”企业,按《中共杭州市委 杭州市人民政府关于实施“新制造业计划”推进高质量发展的若干意见》、《杭州市人民政府关于印发杭州市深入推进经济高质量发展“凤凰行动”计划(2021—2025 年)的通知》(杭政函〔2021〕94 号)、《杭州市人民政府办公厅关于印发杭州市加快中小企业“专精特新”发展行动计划的通知》(杭政办函〔2022〕29 号)等政策予以支持。(责任单位:市发改委、市经信局)",
  summary: t(
    "软件产业细分领域“隐形冠军”、挂牌上市、“专精特新”企业：按“新制造业计划”“凤凰行动”“专精特新”等政策支持，金额不在本文规定。",
    "Hidden champions, listed and specialised-and-new enterprises in software niches: supported under the New Manufacturing, Phoenix Action and specialised-and-new policies; amount not stated here.",
  ),
  needs: t(
    "“隐形冠军”“专精特新”认定文件或上市挂牌证明；金额按所引政策，向市发改委、市经信局咨询。",
    "The hidden-champion or specialised-and-new recognition, or evidence of listing; the amount follows the cited policies — ask the Municipal Development and Reform Commission or the Municipal Bureau of Economy and Information Technology.",
  ),
  params: {},
  reads: [...SCOPE_READS, "honours[].kind", "software.listed"],
  conditions: ({ profile }) => [
    qualifiedSoftwareEnterprise(profile),
    anyOf(
      t(
        "“隐形冠军”、挂牌上市或“专精特新”企业",
        "a hidden champion, listed or specialised-and-new enterprise",
      ),
      [
        holdsHonour(profile, ["hidden-champion"], t("“隐形冠军”企业", "hidden champion")),
        holdsHonour(
          profile,
          ["specialised-new"],
          t("“专精特新”企业", "specialised-and-new enterprise"),
        ),
        holdsHonour(
          profile,
          ["little-giant"],
          t("专精特新“小巨人”企业", "specialised-and-new little giant"),
        ),
        answer(profile, "software.listed", t("已挂牌上市", "listed")),
      ],
    ),
  ],
});
