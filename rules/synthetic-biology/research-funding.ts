import { Calc } from "@/lib/engine/calc";
import { above, fact, known, listIncludes, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { OVERLAP } from "../shared/overlap-groups";
import { sciTechProjects } from "../shared/items";
import { yearLabel } from "../shared/years";
import { answer } from "../shared/answers";
import { READ } from "./shared";

const matchingParams = {
  rate: param.rate(
    percent(25),
    t("按国家、省实际到账资助经费的比例", "share of the national/provincial funding received"),
  ),
  cap: param.yuan(wan(500), t("资助金额最高不超过", "funding cap")),
};

/** (一) City matching of national and provincial key special programmes. */
export const keyProgrammeMatching = defineClause({
  id: "synthetic-biology/1",
  policy: "synthetic-biology",
  article: "（一）",
  page: 38,
  heading: "鼓励承接国家、省重点科技专项",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(一)鼓励承接国家、省重点科技专项。对获得“合成生物学”“绿色生物制造”“生物大分子及微生物组”“生物安全技术”“科技攻关重点项目”“颠覆性技术”等国家、省重点专项或课题的承担单位,按国家、省实际到账资助经费的 25%给予资助,资助金额最高不超过 500 万元。(牵头单位:市科技局)",
  summary: t(
    "承担“合成生物学”“绿色生物制造”等国家、省重点专项或课题的单位，按国家、省实际到账资助经费的 25% 给予资助，最高 500 万元。",
    "Units undertaking national or provincial key special programmes or topics (synthetic biology, green bio-manufacturing, etc.): 25% of the national/provincial funding actually received, up to CNY 5M.",
  ),
  needs: t(
    "国家、省重点专项或课题立项文件（任务书）、资助经费实际到账凭证",
    "Project approval (task book) of the key special programme and proof of the funds received",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "500 万元为单个单位每年合计上限，同时也是单个项目上限",
      "CNY 5M caps the applicant's total a year, and so each project too",
    ),
    t(
      "承担单位含参与单位，按本单位实际到账的国家、省资助经费计；同一项目在其他政策中已获配套的，按“从优、就高、不重复”只支持一次",
      "Undertaking units include participants, counted on the funds the applicant itself received; a project matched under another policy is paid once (从优、就高、不重复)",
    ),
  ],
  params: matchingParams,
  reads: [
    "sciTechProjects[].industries",
    "sciTechProjects[].level",
    "sciTechProjects[].keySpecialProgramme",
    "sciTechProjects[].fundingReceived",
  ],
  items: sciTechProjects,
  exclusiveGroup: OVERLAP.sciTechMatching,
  clauseCap: {
    amount: matchingParams.cap.value,
    param: "cap",
    label: t("单个单位每年资助上限", "cap per applicant per year"),
  },
  conditions: ({ item }) => [
    listIncludes(
      t("合成生物领域的科技项目", "a synthetic-biology S&T project"),
      item.industries,
      "synthetic-biology",
      ["sciTechProjects[].industries"],
    ),
    oneOf(
      t("国家或省级项目", "a national or provincial project"),
      item.level,
      ["national", "provincial"],
      ["sciTechProjects[].level"],
    ),
    fact(
      t(
        "属于“合成生物学”“绿色生物制造”“生物大分子及微生物组”“生物安全技术”“科技攻关重点项目”“颠覆性技术”等重点专项或课题",
        "part of a key special programme or topic such as synthetic biology or green bio-manufacturing",
      ),
      item.keySpecialProgramme,
      ["sciTechProjects[].keySpecialProgramme"],
    ),
    known(
      t("国家、省实际到账资助经费", "national/provincial funding actually received"),
      item.fundingReceived,
      ["sciTechProjects[].fundingReceived"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("国家、省实际到账资助经费", "national/provincial funding actually received"),
      item.fundingReceived!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个项目资助上限", "cap per project"))
      .upTo(),
});

/** (二) R&D funding for recognised synthetic-biology enterprises. */
export const rdFunding = defineClause({
  id: "synthetic-biology/2",
  policy: "synthetic-biology",
  article: "（二）",
  page: 38,
  heading: "加强研发经费资助",
  leadDepartment: "市科技局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "(二)加强研发经费资助。对经认定的合成生物企业,当年研发投入超过 1000 万元的,经评审按研发投入的 10%给予资助,单个企业每年资助金额最高不超过 500 万元。(牵头单位:市科技局)",
  summary: t(
    "经认定的合成生物企业当年研发投入超过 1000 万元的，经评审按研发投入的 10% 给予资助，每年最高 500 万元。",
    "Recognised synthetic-biology enterprises with R&D investment above CNY 10M in the year: after review, 10% of the R&D investment, up to CNY 5M a year.",
  ),
  needs: t(
    "合成生物企业认定文件、当年研发投入专项审计报告",
    "Recognition as a synthetic-biology enterprise and an audit of the year's R&D investment",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "10% 按全部研发投入计算（而非超过 1000 万元的部分）；“超过”不含本数",
      "The 10% applies to the whole R&D investment, not only the excess; “超过” excludes CNY 10M itself",
    ),
  ],
  params: {
    threshold: param.yuan(wan(1000), t("当年研发投入超过", "R&D investment in the year above")),
    rate: param.rate(percent(10), t("按研发投入的比例", "share of the R&D investment")),
    cap: param.yuan(wan(500), t("单个企业每年资助上限", "cap per enterprise per year")),
  },
  reads: ["syntheticBiology.recognisedEnterprise", "finance.current.rdExpense"],
  conditions: ({ profile, params, round }) => [
    answer(
      profile,
      "syntheticBiology.recognisedEnterprise",
      t("经认定的合成生物企业", "a recognised synthetic-biology enterprise"),
    ),
    above(
      yearLabel(round.eventYear, 0, "研发投入超过 1000 万元", "R&D investment above CNY 10M in"),
      profile.finance?.current?.rdExpense,
      params.threshold.value,
      {
        facts: ["finance.current.rdExpense"],
      },
    ),
  ],
  amount: ({ profile, params, round }) =>
    Calc.base(
      yearLabel(round.eventYear, 0, "研发投入", "R&D investment"),
      profile.finance!.current!.rdExpense!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});
