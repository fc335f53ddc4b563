import { z } from "zod";
import { profileSchema } from "@/lib/profile/schema";
import { API_BASE, ENDPOINTS } from "./endpoints";
import { PROBLEM_CONTENT_TYPE, PROBLEMS, problemType, type ProblemKind } from "./problem";
import { MAX_BODY_BYTES } from "./read-json-body";
import { amountSchema, rateSchema, textSchema } from "./schemas/common";
import {
  clauseResultSchema,
  conditionSchema,
  evaluateRequestSchema,
  evaluationResultSchema,
  itemResultSchema,
  stepSchema,
} from "./schemas/evaluation";
import { fieldErrorSchema, problemSchema } from "./schemas/problem";
import {
  capGroupSchema,
  clauseResponseSchema,
  clauseSchema,
  paramSchema,
  policyDetailSchema,
  policyListResponseSchema,
  policyResponseSchema,
  policySummarySchema,
  rulesChangelogResponseSchema,
} from "./schemas/rules";

import { operations, PROBLEM_RESPONSES, ref } from "./openapi-operations";
type Json = Record<string, unknown>;

/** The zod schemas that become components/schemas, by name. */
const COMPONENTS: Record<string, z.ZodType> = {
  Profile: profileSchema,
  EvaluateRequest: evaluateRequestSchema,
  EvaluationResult: evaluationResultSchema,
  ClauseResult: clauseResultSchema,
  ItemResult: itemResultSchema,
  Condition: conditionSchema,
  Step: stepSchema,
  Text: textSchema,
  Rate: rateSchema,
  Amount: amountSchema,
  PolicyList: policyListResponseSchema,
  RulesChangelog: rulesChangelogResponseSchema,
  PolicySummary: policySummarySchema,
  PolicyResponse: policyResponseSchema,
  PolicyDetail: policyDetailSchema,
  ClauseResponse: clauseResponseSchema,
  Clause: clauseSchema,
  Param: paramSchema,
  CapGroup: capGroupSchema,
  Problem: problemSchema,
  FieldError: fieldErrorSchema,
};

/** JSON Schema (2020-12, the dialect of OpenAPI 3.1) of every component, with $refs between them. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  // "input": what a client sends and may rely on receiving; objects stay open to added fields.
  const { schemas } = z.toJSONSchema(registry, {
    io: "input",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

const RESPONSE_HEADERS: Partial<Record<ProblemKind, Json>> = {
  "method-not-allowed": { Allow: { $ref: "#/components/headers/Allow" } },
  "rate-limited": { "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
};

function problemResponses(): Record<string, Json> {
  return Object.fromEntries(
    (Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => [
      PROBLEM_RESPONSES[kind],
      {
        description: `${PROBLEMS[kind].title.zh} / ${PROBLEMS[kind].title.en} (type: ${problemType(kind)})`,
        ...(RESPONSE_HEADERS[kind] ? { headers: RESPONSE_HEADERS[kind] } : {}),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } },
      },
    ]),
  );
}

function paths(): Record<string, Json> {
  const ops = operations();
  const out: Record<string, Json> = {};
  for (const e of ENDPOINTS) {
    out[e.path] = {
      ...out[e.path],
      [e.method.toLowerCase()]: {
        operationId: e.id,
        summary: `${e.summary.zh} / ${e.summary.en}`,
        ...ops[e.id],
      },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API validates and sends. */
export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "政策计算器 API / Policy calculator API",
      version: "1.0.0",
      summary: "杭州市“5+X”产业政策条款评估 / Hangzhou “5+X” industrial-policy clauses, evaluated",
      description: [
        "所有金额以元为单位的整数；比例为精确分数。错误以 application/problem+json（RFC 9457）返回，默认中文，Accept-Language: en 时为英文。",
        `每个客户端每分钟的请求数有上限（超出时 429 并附 Retry-After）；请求体不超过 ${MAX_BODY_BYTES / 1024} kB；不支持的方法返回 405 并附 Allow。`,
        "",
        "Amounts are whole yuan; rates are exact fractions. Errors are application/problem+json (RFC 9457), in Chinese by default and in English with Accept-Language: en.",
        `Requests per client and minute are limited (429 with Retry-After); bodies are at most ${MAX_BODY_BYTES / 1024} kB; other methods get 405 with Allow.`,
      ].join("\n"),
    },
    servers: [{ url: API_BASE }],
    tags: [
      { name: "evaluation", description: "评估 / Evaluation" },
      { name: "rules", description: "政策与条款 / Policies and clauses" },
      { name: "schemas", description: "机器可读的说明 / Machine-readable descriptions" },
    ],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      parameters: {
        AcceptLanguage: {
          name: "Accept-Language",
          in: "header",
          required: false,
          description: "错误信息的语言，默认中文 / Language of error messages; Chinese by default",
          schema: { type: "string", examples: ["zh-CN", "en"] },
        },
        Round: {
          name: "round",
          in: "query",
          required: false,
          description:
            "申报年度（如 2027，申报 2026 年度事项）；与 asOf 二选一 / The round (e.g. 2027, for the events of 2026); either this or asOf",
          schema: { type: "integer", minimum: 2000, maximum: 2100 },
        },
        AsOf: {
          name: "asOf",
          in: "query",
          required: false,
          description:
            "按日期选申报年度（6 月 30 日前为当年，7 月 1 日起为次年）；都不给时按北京时间今天 / Picks the round from a date (until 30 June that year's, from 1 July the next year's); neither given: today in Beijing time",
          schema: { type: "string", format: "date" },
        },
      },
      headers: {
        Allow: {
          description: "此地址支持的方法 / Methods this path serves",
          schema: { type: "string" },
        },
        RetryAfter: {
          description: "多少秒后可重试 / Seconds until a retry may succeed",
          schema: { type: "integer", minimum: 1 },
        },
        RateLimitLimit: {
          description: "每分钟请求上限 / Requests allowed per minute",
          schema: { type: "integer" },
        },
        RateLimitRemaining: {
          description: "本分钟剩余请求数 / Requests left this minute",
          schema: { type: "integer" },
        },
      },
      responses: problemResponses(),
    },
  };
}
