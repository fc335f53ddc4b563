import { t, type Text } from "@/lib/engine/text";
import { EXAMPLE_CLAUSE_ID, EXAMPLE_POLICY_KEY } from "./example";

/** Where the public API lives; OpenAPI paths are relative to it. */
export const API_BASE = "/api/v1";

export type EndpointId =
  | "evaluate"
  | "listPolicies"
  | "getPolicy"
  | "getClause"
  | "getRules"
  | "getProfileSchema"
  | "getOpenApi";

export type Endpoint = {
  readonly id: EndpointId;
  readonly method: "GET" | "POST";
  /** OpenAPI path template, relative to API_BASE. */
  readonly path: string;
  /** The same path with example values, for curl. */
  readonly example: string;
  readonly summary: Text;
};

/** Every endpoint of /api/v1, in the order the documentation lists them. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    id: "evaluate",
    method: "POST",
    path: "/evaluate",
    example: "/evaluate",
    summary: t("评估企业档案", "Evaluate a profile"),
  },
  {
    id: "listPolicies",
    method: "GET",
    path: "/policies",
    example: "/policies",
    summary: t("政策列表", "List the policies"),
  },
  {
    id: "getPolicy",
    method: "GET",
    path: "/policies/{key}",
    example: `/policies/${EXAMPLE_POLICY_KEY}`,
    summary: t("一项政策及其条款", "One policy with its clauses"),
  },
  {
    id: "getClause",
    method: "GET",
    path: "/clauses/{id}",
    example: `/clauses/${EXAMPLE_CLAUSE_ID}`,
    summary: t("一条条款", "One clause"),
  },
  {
    id: "getRules",
    method: "GET",
    path: "/rules",
    example: "/rules",
    summary: t("规则版本及其变更记录", "The rules version and its changelog"),
  },
  {
    id: "getProfileSchema",
    method: "GET",
    path: "/profile-schema",
    example: "/profile-schema",
    summary: t("企业档案的 JSON Schema", "The profile's JSON Schema"),
  },
  {
    id: "getOpenApi",
    method: "GET",
    path: "/openapi.json",
    example: "/openapi.json",
    summary: t("OpenAPI 3.1 文档", "The OpenAPI 3.1 document"),
  },
];
