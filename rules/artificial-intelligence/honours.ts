import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan, type Yuan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { ItemSource } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { L } from "../shared/labels";
import { startYearOf } from "../policies";
import { honourLabel, type Honour, type HonourKind } from "../shared/honours";

const TEXT =
  "实施“鲲鹏计划”,培育一批具有产业链控制能力和国际竞争力的人工智能领军企业,对首次认定的“单项冠军”示范企业、专精特新“小巨人”企业、“隐形冠军”企业,分别给予 200 万元、100 万元、100 万元的奖励。鼓励领军企业向中小企业开放用户、流量、接口、技术等创新和应用资源,组建一批产业链上下游共同体(产业联盟),开展产业链协同创新,形成大中小企业融通发展的格局。加大人工智能创业载体、“双创”基地建设力度,推动创新链产业链深度融合,孵化一批人工智能创新创业企业(项目、团队)。(责任单位:市经信局、市科技局、市财政局)";

/** The year the policy took effect: recognitions before it are not "首次认定" under this policy. */
const POLICY_START_YEAR = startYearOf("artificial-intelligence");

/** The applicant's honours of one kind; the item key is the honour kind, so one honour is rewarded once across policies. */
const honoursOfKind = (kind: HonourKind) =>
  ({
    list: (p) => p.honours?.filter((h) => h.kind === undefined || h.kind === kind),
    key: (h: Honour) => h.kind ?? h.id,
    label: (h: Honour) => honourLabel(h, "zh"),
    labelEn: (h: Honour) => honourLabel(h, "en"),
    path: "honours",
    noun: t("荣誉", "honour"),
  }) satisfies ItemSource<Honour>;

function honourClause(o: { id: string; kind: HonourKind; name: Text; award: Yuan; summary: Text }) {
  return defineClause({
    id: o.id,
    policy: "artificial-intelligence",
    article: "三、（六）",
    page: 31,
    heading: "加强企业主体培育",
    leadDepartment: "市经信局",
    beneficiary: "enterprise",
    kind: "fixed",
    requiresReview: false,
    text: TEXT,
    summary: o.summary,
    needs: t(
      `首次认定为${o.name.zh}的认定文件（公告或证书）。`,
      `The notice or certificate of first recognition as a ${o.name.en}.`,
    ),
    readings: [
      L.conservative(
        `“首次认定”按本意见施行（${POLICY_START_YEAR} 年）以来首次获得该认定计，更早获得的不计。`,
        `“first recognised” counts recognitions from ${POLICY_START_YEAR}, when the policy took effect; earlier ones do not count.`,
      ),
      t(
        "同一荣誉在本市其他政策中也有奖励的，按“从优、就高、不重复”只奖励一次。",
        "Where another city policy rewards the same honour, it is rewarded once, at the higher award (从优、就高、不重复).",
      ),
    ],
    params: {
      award: param.yuan(
        o.award,
        t(`首次认定为${o.name.zh}的奖励`, `award on first recognition as a ${o.name.en}`),
      ),
      fromYear: param.year(
        POLICY_START_YEAR,
        t(
          "认定年度不早于（本意见施行年度）",
          "recognised in or after (the year the policy took effect)",
        ),
      ),
    },
    reads: ["honours[].kind", "honours[].firstTime", "honours[].year"],
    items: honoursOfKind(o.kind),
    exclusiveGroup: OVERLAP.honour,
    conditions: ({ item, params }) => [
      oneOf(o.name, item.kind, [o.kind], ["honours[].kind"]),
      fact(t("首次获得该认定", "recognised for the first time"), item.firstTime, [
        "honours[].firstTime",
      ]),
      atLeast(
        t(
          `${params.fromYear.value} 年及以后认定`,
          `recognised in ${params.fromYear.value} or later`,
        ),
        item.year,
        params.fromYear.value,
        {
          facts: ["honours[].year"],
          unit: "year",
        },
      ),
    ],
    amount: ({ params }) => Calc.fixed(params.award.label, params.award.value).exactly(),
  });
}

export const singleChampionAward = honourClause({
  id: "artificial-intelligence/6-a",
  kind: "single-champion",
  name: t("“单项冠军”示范企业", "single-product champion demonstration enterprise"),
  award: wan(200),
  summary: t(
    "首次认定的“单项冠军”示范企业，给予 200 万元奖励。",
    "First recognition as a single-product champion demonstration enterprise: a CNY 2M award.",
  ),
});

export const littleGiantAward = honourClause({
  id: "artificial-intelligence/6-b",
  kind: "little-giant",
  name: t("专精特新“小巨人”企业", "specialised-and-new “little giant”"),
  award: wan(100),
  summary: t(
    "首次认定的专精特新“小巨人”企业，给予 100 万元奖励。",
    "First recognition as a specialised-and-new “little giant”: a CNY 1M award.",
  ),
});

export const hiddenChampionAward = honourClause({
  id: "artificial-intelligence/6-c",
  kind: "hidden-champion",
  name: t("“隐形冠军”企业", "hidden champion"),
  award: wan(100),
  summary: t(
    "首次认定的“隐形冠军”企业，给予 100 万元奖励。",
    "First recognition as a hidden champion: a CNY 1M award.",
  ),
});
