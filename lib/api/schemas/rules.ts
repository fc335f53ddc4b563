import { z } from "zod";
import {
  beneficiarySchema,
  clauseKindSchema,
  isoDateSchema,
  policyKeySchema,
  policyStatusSchema,
  rateSchema,
  roundSchema,
  roundStatusSchema,
  textSchema,
  validitySchema,
  yuanSchema,
} from "./common";

export const noticeSchema = z
  .object({
    title: textSchema,
    date: isoDateSchema.describe("文件日期（征求意见稿为征求意见日期）/ The document's date"),
    issuer: textSchema,
    summary: textSchema,
    source: z.string().nullable().describe("可查阅的地址 / Where it can be read"),
    sourceIsCopy: z.boolean().describe("来源为转载 / The source is a copy"),
    draft: z.boolean().describe("征求意见稿 / A draft for comment"),
    included: z.literal(false).describe("未纳入测算 / Not included in the estimate"),
  })
  .describe("相关新政策（未纳入测算）/ A later document (not in the estimate)");

const labelled = <U extends string, V extends z.ZodType>(unit: U, value: V) =>
  z.object({ unit: z.literal(unit), value, label: textSchema });

export const tableEntrySchema = z.discriminatedUnion("unit", [
  z.object({ unit: z.literal("yuan"), value: yuanSchema }),
  z.object({ unit: z.literal("rate"), value: rateSchema }),
]);

/** A number of the text with its unit: yuan, a rate, a count, years, a calendar year, m², tiers or a table. */
export const paramSchema = z
  .discriminatedUnion("unit", [
    labelled("yuan", yuanSchema),
    labelled("rate", rateSchema),
    labelled("count", z.number()),
    labelled("years", z.number()),
    labelled("year", z.number().int()),
    labelled("area-m2", z.number()),
    labelled(
      "tiers",
      z.array(z.object({ threshold: z.number(), amount: yuanSchema, label: textSchema })),
    ),
    labelled("table", z.record(z.string(), tableEntrySchema)),
  ])
  .describe("条款参数 / A parameter of the clause");

export const citationSchema = z.object({
  policy: policyKeySchema,
  policyTitle: z.string(),
  file: z.string(),
  article: z.string().describe("条款序号，如（三）/ The article, e.g. （三）"),
  page: z.number().int().describe("汇编中的页码 / Page in the compilation"),
  heading: z.string().describe("条款标题（原文）/ The article's heading, as in the text"),
  headingEn: z.string().nullable().describe("条款标题的英文译名 / The heading in English"),
  leadDepartment: z.string().describe("牵头单位 / Lead department"),
});

export const factSchema = z.object({
  path: z.string().describe("档案字段路径 / Profile path"),
  label: textSchema.nullable(),
});

export const clauseSchema = z
  .object({
    id: z.string(),
    policy: policyKeySchema,
    citation: citationSchema,
    text: z.string().describe("政策原文 / The verbatim wording"),
    summary: textSchema,
    needs: textSchema.nullable().describe("申报所需材料 / What the applicant needs"),
    readings: z.array(textSchema).describe("对原文的理解 / Readings taken where the text is open"),
    kind: clauseKindSchema,
    kindLabel: textSchema,
    beneficiary: beneficiarySchema,
    beneficiaryLabel: textSchema,
    requiresReview: z.boolean().describe("经评审 / The department still decides"),
    validity: validitySchema,
    status: policyStatusSchema.describe(
      "该申报年度的事项年度是否在条款有效期内 / Whether the round's event year overlaps the clause's validity",
    ),
    parameters: z.record(z.string(), paramSchema),
    reads: z.array(factSchema).describe("条款读取的档案字段 / Profile facts the clause reads"),
    items: z
      .object({ path: z.string(), label: textSchema.nullable(), noun: textSchema })
      .nullable(),
    exclusiveGroup: z
      .string()
      .nullable()
      .describe("从优、就高、不重复 / Items paid once across the group"),
    amendments: z
      .array(
        z.object({
          from: z.string().describe("生效日期 / The day it takes effect, YYYY-MM-DD"),
          parameters: z.record(z.string(), paramSchema),
        }),
      )
      .describe(
        "参数的后续版本，按事项年度 1 月 1 日有效的版本计算 / Later versions of some parameters; a round uses the one in force on 1 January of its event year",
      ),
    clauseCap: z
      .object({
        amount: yuanSchema,
        label: textSchema,
        param: z.string().nullable().describe("上限对应的参数 / The parameter the cap is"),
      })
      .nullable(),
    capGroups: z.array(z.string()).describe("所属共享上限 / Shared caps the clause is in"),
  })
  .describe("一条政策条款 / A policy clause");

export const capGroupSchema = z.object({
  id: z.string(),
  label: textSchema,
  text: z.string(),
  scope: z.enum(["enterprise", "item"]),
  clauses: z.array(z.string()),
  cap: z.discriminatedUnion("type", [
    z.object({ type: z.literal("fixed"), amount: yuanSchema }),
    z
      .object({ type: z.literal("computed") })
      .describe("按所付事项计算的上限，见 text / Computed from the items paid; see text"),
  ]),
});

const policyFields = {
  key: policyKeySchema,
  title: z.string(),
  shortName: textSchema,
  description: textSchema,
  issued: z.string(),
  validity: validitySchema,
  validityText: z.string(),
  file: z.string(),
  status: policyStatusSchema,
  roundStatus: roundStatusSchema,
  lastRound: z.number().int().describe("最后一轮申报年度 / The last round for its events"),
  endingWarning: textSchema
    .nullable()
    .describe("即将到期的提示 / A warning while the policy is ending"),
  notices: z
    .array(noticeSchema)
    .describe("已知的后续文件，未纳入测算 / Later documents known to exist, not in the estimate"),
};

export const policySummarySchema = z.object({
  ...policyFields,
  clauseCount: z.number().int(),
  clauses: z.array(z.string()).describe("条款编号 / Clause ids"),
});

export const policyDetailSchema = z.object({
  ...policyFields,
  clauses: z.array(clauseSchema),
  capGroups: z.array(capGroupSchema),
});

const envelope = {
  round: roundSchema,
  rulesVersion: z.string(),
};

export const policyListResponseSchema = z.object({
  ...envelope,
  policies: z.array(policySummarySchema),
});
export const policyResponseSchema = z.object({ ...envelope, policy: policyDetailSchema });
export const clauseResponseSchema = z.object({
  ...envelope,
  clause: clauseSchema,
  capGroups: z
    .array(capGroupSchema)
    .describe("条款所属的共享上限 / The shared caps the clause is in"),
});

export const rulesChangelogResponseSchema = z.object({
  rulesVersion: z.string().describe("现行规则版本 / The current rules version"),
  changelog: z
    .array(
      z.object({
        version: z.string(),
        date: isoDateSchema,
        changes: z.array(textSchema),
      }),
    )
    .describe("各版本的变化，最新在前 / What changed in each version, newest first"),
});
