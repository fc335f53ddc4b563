import { z } from "zod";
import type { ProfilePath } from "@/lib/profile/paths";
import { profileSchema } from "@/lib/profile/schema";
import {
  amountSchema,
  beneficiarySchema,
  clauseKindSchema,
  isoDateSchema,
  policyKeySchema,
  policyStatusSchema,
  rateSchema,
  roundSchema,
  roundStatusSchema,
  roundYearSchema,
  textSchema,
  yuanSchema,
} from "./common";

/** A profile path ("finance.current.revenue"); typed as the engine's ProfilePath, a string on the wire. */
const profilePathSchema = z.string() as unknown as z.ZodType<ProfilePath, string>;

/** The body of POST /api/v1/evaluate. */
export const evaluateRequestSchema = z
  .strictObject({
    profile: profileSchema,
    round: roundYearSchema
      .optional()
      .describe(
        "申报年度（如 2027，申报 2026 年度事项）；与 asOf 二选一 / The round (e.g. 2027, for the events of 2026); either this or asOf",
      ),
    asOf: isoDateSchema
      .optional()
      .describe(
        "按日期选申报年度：6 月 30 日前为当年申报上年事项，7 月 1 日起为次年申报当年事项；都不给时按北京时间今天 / Picks the round from a date: until 30 June that year's round, from 1 July the next year's; neither given: today in Beijing time",
      ),
  })
  .describe(
    "企业档案（第 2 版：年度数据按自然年；第 1 版仍接受并自动转换，响应带 Deprecation 头）与申报年度 / A profile (version 2: yearly figures by calendar year; version 1 is still accepted and converted, with a Deprecation header) and the application round",
  );

const op = <T extends string>(name: T) => z.literal(name);

export const stepSchema = z
  .discriminatedUnion("op", [
    z.object({ op: op("base"), label: textSchema, value: z.number(), unit: textSchema.optional() }),
    z.object({
      op: op("rate"),
      label: textSchema.optional(),
      rate: rateSchema,
      result: yuanSchema,
    }),
    z.object({
      op: op("cap"),
      label: textSchema,
      cap: yuanSchema,
      result: yuanSchema,
      before: yuanSchema.optional().describe("上限前的金额 / The amount the cap was applied to"),
      left: yuanSchema.optional().describe("共享上限的剩余额度 / What was left of a shared cap"),
    }),
    z.object({
      op: op("steps"),
      increment: yuanSchema,
      perStep: yuanSchema,
      count: z.number().int(),
      result: yuanSchema,
    }),
    z.object({ op: op("minus"), label: textSchema, value: yuanSchema, result: yuanSchema }),
    z.object({ op: op("plus"), label: textSchema, value: yuanSchema, result: yuanSchema }),
    z.object({ op: op("amount"), label: textSchema, value: yuanSchema }),
    z.object({ op: op("times"), label: textSchema, count: z.number(), result: yuanSchema }),
    z.object({ op: op("sum"), label: textSchema, result: yuanSchema }),
    z.object({ op: op("note"), text: textSchema }),
  ])
  .describe("计算过程中的一步 / One stage of a computed amount");

export const gapSchema = z.object({
  actual: z.number(),
  required: z.number(),
  unit: z.enum(["yuan", "count", "percent", "area-m2", "number", "year"]),
  comparator: z.enum([">=", ">"]),
});

export const conditionSchema = z.object({
  label: textSchema,
  status: z.enum(["met", "unmet", "unknown", "to-win"]),
  facts: z
    .array(profilePathSchema)
    .describe("决定此条件的档案字段 / Profile paths that settle the condition"),
  gap: gapSchema.optional(),
});

export const itemResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z
    .string()
    .optional()
    .describe("英文名称（与 label 不同时） / The label in English, where it differs"),
  status: z.enum(["eligible", "ineligible", "needs-info", "superseded"]),
  conditions: z.array(conditionSchema),
  amount: amountSchema.nullable(),
  steps: z.array(stepSchema),
  supersededBy: z.string().optional(),
});

export const clauseResultSchema = z.object({
  id: z.string().describe("条款编号，如 biomedicine/3 / Clause id, e.g. biomedicine/3"),
  policy: policyKeySchema,
  kind: clauseKindSchema,
  beneficiary: beneficiarySchema,
  forApplicant: z.boolean(),
  status: z.enum([
    "eligible",
    "ineligible",
    "needs-info",
    "expired",
    "not-yet-effective",
    "superseded",
  ]),
  requiresReview: z.boolean(),
  certainty: z
    .enum(["fixed", "up-to", "to-win"])
    .describe(
      "金额确定性：定额 / 最高 / 需评审评选后才能获得 / fixed by the text, up to a ceiling, or to be won in a selection or review",
    ),
  amount: amountSchema.nullable(),
  amountNote: textSchema.optional(),
  items: z.array(itemResultSchema),
  steps: z.array(stepSchema),
  readings: z.array(textSchema),
  nearMisses: z.array(conditionSchema),
  questions: z.array(z.string()),
  supersededBy: z.string().optional(),
});

const certaintySplit = {
  fixed: amountSchema.describe("原文确定的金额 / amounts the text fixes"),
  upTo: amountSchema.describe("“最高”金额 / amounts up to a ceiling"),
  toWin: amountSchema.describe(
    "需评审、评选后才能获得的金额（不计入合计）/ amounts that depend on winning a selection or review (not in the headline)",
  ),
};

const policyTotalSchema = amountSchema
  .extend({
    eligible: z.number().int(),
    unspecified: z.number().int(),
    ...certaintySplit,
  })
  .describe("min/max = fixed + upTo");

export const totalsSchema = z.object({
  overall: amountSchema.describe("合计 = 确定金额 + 最高金额 / the headline: fixed + upTo"),
  ...certaintySplit,
  byPolicy: z.partialRecord(policyKeySchema, policyTotalSchema),
});

/** The engine's result, exactly as `scripts/estimate.ts` prints it. */
export const evaluationResultSchema = z
  .object({
    round: roundSchema,
    rulesVersion: z.string(),
    policies: z.array(
      z.object({
        key: policyKeySchema,
        status: policyStatusSchema.describe(
          "事项年度是否在有效期内 / Whether the event year overlaps the validity",
        ),
        roundStatus: roundStatusSchema,
        lastRound: z
          .number()
          .int()
          .describe("最后一轮申报年度 / The last round for the policy's events"),
      }),
    ),
    clauses: z.array(clauseResultSchema),
    totals: totalsSchema,
  })
  .describe(
    "评估结果：逐条款的结论、金额与计算过程 / The result: each clause's status, amount and trace",
  );
