import { anyOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { holdsHonour } from "../shared/honours";
import { answer } from "../shared/answers";
import { scopeAndAnswer } from "../shared/scope";
import { SCOPE_READS, SOFTWARE_ENTERPRISE, qualifiedSoftwareEnterprise } from "./conditions";
import { DEPT } from "./shared";

const common = {
  policy: "software",
  article: "（十）",
  page: 26,
  heading: "加强人才引培",
  leadDepartment: DEPT.talent,
  beneficiary: "enterprise",
  requiresReview: false,
  params: {},
} as const;

export const talentProgrammes = defineClause({
  ...common,
  id: "software/10-a",
  kind: "unspecified",
  text: "(十)加强人才引培。聚焦软件产业链创新链,加大力度引进国内外顶尖创新人才。支持符合条件的人才和团队申报“鲲鹏行动”计划、国家和省市引才计划、“西湖明珠工程”等重大人才工程,对入选人才按规定给予政策支持。",
  summary: t(
    "入选“鲲鹏行动”计划、国家和省市引才计划、“西湖明珠工程”等重大人才工程的人才和团队：按规定给予政策支持，金额不在本文规定。",
    "Talent and teams selected for the Kunpeng Action, national, provincial or city talent plans or the West Lake Pearl Project: support under those programmes; amount not stated here.",
  ),
  needs: t(
    "人才工程入选文件；支持标准按各人才工程规定，向市委人才办、市人力社保局咨询。",
    "The selection notice; support follows each programme — ask the Municipal Party Committee Talent Office or the Municipal Human Resources and Social Security Bureau.",
  ),
  readings: [
    t(
      "支持按各人才工程的规定给予入选人才和团队",
      "The support goes to the selected talent and teams under each programme's rules",
    ),
  ],
  ...scopeAndAnswer(
    SOFTWARE_ENTERPRISE,
    "software.talentSelected",
    t("有人才或团队入选重大人才工程", "talent or a team selected for a major talent programme"),
  ),
});

export const talentQuota = defineClause({
  ...common,
  id: "software/10-b",
  kind: "non-monetary",
  text: "对软件企业中入选国家级专精特新“小巨人”企业、浙江省“隐形冠军”企业、杭州市鲲鹏企业以及达到一定规模的企业,给予企业授权认定人才名额。",
  summary: t(
    "入选国家级专精特新“小巨人”、浙江省“隐形冠军”、杭州市鲲鹏企业或达到一定规模的软件企业：给予授权认定人才名额。",
    "Software enterprises that are little giants, Zhejiang hidden champions, Hangzhou Kunpeng enterprises or above a certain size: quotas to recognise talent themselves.",
  ),
  needs: t(
    "“小巨人”“隐形冠军”或鲲鹏企业认定文件；规模标准未在本文规定，向市人力社保局、市经信局咨询。",
    "The little-giant, hidden-champion or Kunpeng recognition; the size standard is not stated — ask the Municipal Human Resources and Social Security Bureau or the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [
    t(
      "“达到一定规模”的标准未在本文规定（由市经信局年度实施通知明确），由企业对照确认",
      "The size standard is not stated (left to the annual notice); the enterprise confirms it",
    ),
  ],
  reads: [
    ...SCOPE_READS,
    "honours[].kind",
    "software.kunpengEnterprise",
    "software.talentQuotaScaleReached",
  ],
  conditions: ({ profile }) => [
    qualifiedSoftwareEnterprise(profile),
    anyOf(
      t(
        "“小巨人”“隐形冠军”、鲲鹏企业或达到一定规模",
        "a little giant, hidden champion, Kunpeng enterprise or of the prescribed size",
      ),
      [
        holdsHonour(
          profile,
          ["little-giant"],
          t("国家级专精特新“小巨人”企业", "national little giant"),
        ),
        holdsHonour(
          profile,
          ["hidden-champion"],
          t("浙江省“隐形冠军”企业", "Zhejiang hidden champion"),
        ),
        answer(
          profile,
          "software.kunpengEnterprise",
          t("杭州市鲲鹏企业", "Hangzhou Kunpeng enterprise"),
        ),
        answer(
          profile,
          "software.talentQuotaScaleReached",
          t("达到规定规模", "of the prescribed size"),
        ),
      ],
    ),
  ],
});

export const fastTrackTitles = defineClause({
  ...common,
  id: "software/10-c",
  kind: "non-monetary",
  text: "对软件企业引进的拥有关键核心技术解决卡脖子问题的高层次人才,按规定参加职称“直通车”评审。(责任单位:市委人才办、市人力社保局、市经信局)",
  summary: t(
    "软件企业引进的拥有关键核心技术、解决卡脖子问题的高层次人才：按规定参加职称“直通车”评审。",
    "High-level talent with key core technologies solving bottlenecks, recruited by software enterprises, may take the fast-track title evaluation.",
  ),
  needs: t(
    "人才的关键核心技术成果材料；评审按职称“直通车”规定，向市人力社保局咨询。",
    "Evidence of the talent's key core technology; the evaluation follows the fast-track rules — ask the Municipal Human Resources and Social Security Bureau.",
  ),
  ...scopeAndAnswer(
    SOFTWARE_ENTERPRISE,
    "software.keyCoreTechTalent",
    t(
      "引进拥有关键核心技术、解决卡脖子问题的高层次人才",
      "recruited high-level talent solving bottlenecks",
    ),
  ),
});
