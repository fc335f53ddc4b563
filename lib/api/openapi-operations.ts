import { POLICY_KEYS } from "@/lib/engine/types";
import { type EndpointId } from "./endpoints";
import { EXAMPLE_CLAUSE_ID, EXAMPLE_EVALUATE_REQUEST } from "./example";
import { PROBLEM_CONTENT_TYPE, type ProblemKind } from "./problem";

type Json = Record<string, unknown>;

/** The operations of /api/v1 in the OpenAPI document: parameters, bodies, answers, examples. */

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const PROBLEM_RESPONSES: Record<ProblemKind, string> = {
  "invalid-json": "BadJson",
  "validation-error": "ValidationError",
  "not-found": "NotFound",
  "method-not-allowed": "MethodNotAllowed",
  "payload-too-large": "PayloadTooLarge",
  "unsupported-media-type": "UnsupportedMediaType",
  "rate-limited": "TooManyRequests",
  "internal-error": "InternalError",
};

const problem = (kind: ProblemKind) => ({
  $ref: `#/components/responses/${PROBLEM_RESPONSES[kind]}`,
});

const rateLimitHeaders = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
};

const ok = (
  description: string,
  schema: Json,
  contentType = "application/json",
  examples?: Json,
) => ({
  description,
  headers: rateLimitHeaders,
  content: { [contentType]: { schema, ...(examples ? { examples } : {}) } },
});

const common = { "429": problem("rate-limited"), "500": problem("internal-error") };
const getParams = [
  { $ref: "#/components/parameters/AcceptLanguage" },
  { $ref: "#/components/parameters/Round" },
  { $ref: "#/components/parameters/AsOf" },
];

export function operations(): Record<EndpointId, Json> {
  return {
    evaluate: {
      description:
        "按申报年度逐条评估企业档案（申报年度 N 计算 N−1 年度发生的事项，条款效力按事项年度判断），返回与命令行 scripts/estimate.ts 相同的结果。请求体不超过 256 kB。/ " +
        "Evaluates the profile against every clause for an application round (round N claims the events of year N−1; validity is tested on the event year); the same result as the CLI scripts/estimate.ts. Body at most 256 kB.",
      tags: ["evaluation"],
      parameters: [{ $ref: "#/components/parameters/AcceptLanguage" }],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: ref("EvaluateRequest"),
            examples: {
              drug: {
                summary: "1 类化学药，Ⅱ期临床 / A class-1 drug in phase II",
                value: EXAMPLE_EVALUATE_REQUEST,
              },
            },
          },
        },
      },
      responses: {
        "200": {
          ...ok("评估结果 / The evaluation", ref("EvaluationResult")),
          headers: {
            Deprecation: {
              description:
                "仅当档案为第 1 版时返回（RFC 9745，自 2026-12-06 起弃用）：请改用第 2 版，年度数据按自然年填写 / Only for a version-1 profile (RFC 9745, deprecated since 2026-12-06): send version 2, yearly figures keyed by calendar year",
              schema: { type: "string", examples: ["@1796515200"] },
            },
            Link: {
              description:
                "随 Deprecation 返回：第 2 版档案的 JSON Schema / With Deprecation: the JSON Schema of version 2",
              schema: { type: "string" },
            },
          },
        },
        "400": {
          description: "JSON 无效或字段有误 / Malformed JSON or invalid fields",
          content: { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } },
        },
        "413": problem("payload-too-large"),
        "415": problem("unsupported-media-type"),
        ...common,
      },
    },
    listPolicies: {
      description:
        "九项政策及其有效期、在该申报年度的状态（可申报、最后一轮、已结束、尚未施行）、到期提示、相关新政策和条款编号 / The nine policies with validity, standing in the round (open, last round, ended, not yet effective), ending warning, later documents and clause ids.",
      tags: ["rules"],
      parameters: getParams,
      responses: {
        "200": ok("政策列表 / The policies", ref("PolicyList")),
        "400": problem("validation-error"),
        ...common,
      },
    },
    getPolicy: {
      description:
        "一项政策的全部条款（原文、出处、参数、读取的档案字段）和共享上限 / A policy with every clause and its shared caps.",
      tags: ["rules"],
      parameters: [
        {
          name: "key",
          in: "path",
          required: true,
          schema: { type: "string", enum: [...POLICY_KEYS] },
        },
        ...getParams,
      ],
      responses: {
        "200": ok("政策 / The policy", ref("PolicyResponse")),
        "400": problem("validation-error"),
        "404": problem("not-found"),
        ...common,
      },
    },
    getClause: {
      description:
        "一条条款。编号含斜杠，可直接写（/clauses/biomedicine/3）或编码为 %2F / " +
        "One clause. Ids contain a slash, written as is (/clauses/biomedicine/3) or encoded as %2F.",
      tags: ["rules"],
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          description: "条款编号 / Clause id",
          schema: { type: "string" },
          example: EXAMPLE_CLAUSE_ID,
        },
        ...getParams,
      ],
      responses: {
        "200": ok("条款 / The clause", ref("ClauseResponse")),
        "400": problem("validation-error"),
        "404": problem("not-found"),
        ...common,
      },
    },
    getRules: {
      description:
        "现行规则版本（随条款参数、条件和计算公式变化）及各版本的变更记录 / The current rules version (it changes with parameters, conditions and formulas) and what changed in each version.",
      tags: ["rules"],
      parameters: [{ $ref: "#/components/parameters/AcceptLanguage" }],
      responses: {
        "200": ok("规则版本 / The rules version", ref("RulesChangelog")),
        ...common,
      },
    },
    getProfileSchema: {
      description:
        "企业档案的 JSON Schema（2020-12），含中英文字段名 / The profile's JSON Schema (2020-12) with Chinese and English labels.",
      tags: ["schemas"],
      responses: {
        "200": ok("JSON Schema", { type: "object" }, "application/schema+json"),
        ...common,
      },
    },
    getOpenApi: {
      description: "本文档 / This document.",
      tags: ["schemas"],
      responses: { "200": ok("OpenAPI 3.1", { type: "object" }), ...common },
    },
  };
}
