import { z } from "zod";
import { BENEFICIARIES, CLAUSE_KINDS, POLICY_KEYS } from "@/lib/engine/types";
import { MAX_ROUND, MIN_ROUND, ROUND_STATUSES } from "@/lib/engine/round";

/** Response schemas describe what the API sends; the OpenAPI document is generated from them. */

export const textSchema = z
  .object({ zh: z.string(), en: z.string() })
  .describe("中文与英文两种写法 / A phrase in Chinese and English");

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({
    format: "date",
    description: "日期 YYYY-MM-DD / A date, YYYY-MM-DD",
    examples: ["2025-06-30"],
  });

export const yuanSchema = z.number().int().describe("金额（元，整数）/ An amount in whole yuan");

export const rateSchema = z
  .object({
    num: z.number().int(),
    den: z.number().int().positive(),
    text: z.string().describe("原文写法，如 40% / As the text writes it, e.g. 40%"),
    perUnit: textSchema.optional().describe("按数量计的单价单位 / The unit of a per-unit rate"),
  })
  .describe("比例：精确分数 num/den / A rate as the exact fraction num/den");

export const amountSchema = z
  .object({ min: yuanSchema, max: yuanSchema })
  .describe("金额区间（元）/ An amount range in yuan");

export const policyKeySchema = z.enum(POLICY_KEYS);
export const beneficiarySchema = z.enum(BENEFICIARIES);
export const clauseKindSchema = z.enum(CLAUSE_KINDS);
export const policyStatusSchema = z.enum(["in-force", "expired", "not-yet-effective"]);
export const validitySchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const roundYearSchema = z
  .number()
  .int()
  .min(MIN_ROUND)
  .max(MAX_ROUND)
  .meta({
    description:
      "申报年度：该年申报上一年度发生的事项 / Application round: the year whose round claims the events of the year before",
    examples: [2027],
  });

export const roundSchema = z
  .object({
    year: roundYearSchema,
    eventYear: z.number().int().describe("事项年度 = 申报年度 − 1 / Event year = round − 1"),
  })
  .describe("申报年度与事项年度 / The application round and its event year");

export const roundStatusSchema = z
  .enum(ROUND_STATUSES)
  .describe(
    "open 可申报 · last-round 最后一轮 · ended 已结束 · not-yet-effective 尚未施行 / open · last round · ended · not yet effective",
  );
