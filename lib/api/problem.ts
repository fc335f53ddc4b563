import { t, type Lang, type Text } from "@/lib/engine/text";

/** The kinds of problem the API answers with (RFC 9457), each with its status and title. */
export const PROBLEMS = {
  "invalid-json": {
    status: 400,
    title: t("请求体不是有效的 JSON", "The request body is not valid JSON"),
  },
  "validation-error": { status: 400, title: t("请求内容有误", "The request has invalid fields") },
  "not-found": { status: 404, title: t("未找到", "Not found") },
  "method-not-allowed": { status: 405, title: t("不支持该请求方法", "Method not allowed") },
  "payload-too-large": { status: 413, title: t("请求体过大", "The request body is too large") },
  "unsupported-media-type": {
    status: 415,
    title: t("不支持的内容类型", "Unsupported content type"),
  },
  "rate-limited": { status: 429, title: t("请求过于频繁", "Too many requests") },
  "internal-error": { status: 500, title: t("服务器内部错误", "Internal server error") },
} as const satisfies Record<string, { status: number; title: Text }>;

export type ProblemKind = keyof typeof PROBLEMS;

export const PROBLEM_KINDS = Object.keys(PROBLEMS) as ProblemKind[];

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The problem type: a reference to its description on the API page. */
export const problemType = (kind: ProblemKind): string => `/api-docs#problem-${kind}`;

/** One bad field: where it is, what the form calls it, what is wrong. */
export type FieldError = {
  readonly path: string;
  readonly label: string;
  readonly message: string;
};

export type Problem = {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
};

export type ProblemOptions = {
  readonly errors?: readonly FieldError[];
  readonly instance?: string;
  readonly headers?: HeadersInit;
};

export const contentLanguage = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");

export function problemBody(
  kind: ProblemKind,
  lang: Lang,
  detail: string,
  options: ProblemOptions = {},
): Problem {
  const { status, title } = PROBLEMS[kind];
  return {
    type: problemType(kind),
    title: title[lang],
    status,
    detail,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  };
}

/** An application/problem+json response in the client's language; never cached. */
export function problemResponse(
  kind: ProblemKind,
  lang: Lang,
  detail: string,
  options: ProblemOptions = {},
): Response {
  const headers = new Headers(options.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  headers.set("Content-Language", contentLanguage(lang));
  headers.set("Cache-Control", "no-store");
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(JSON.stringify(problemBody(kind, lang, detail, options)), {
    status: PROBLEMS[kind].status,
    headers,
  });
}
