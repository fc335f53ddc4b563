import { t, type Lang } from "@/lib/engine/text";
import { problemResponse, type FieldError } from "./problem";
import type { BodyFailure } from "./read-json-body";

const kb = (bytes: number) => Math.round(bytes / 1024);

/** The problem for a body that could not be read as JSON: 415, 413 or 400. */
export function bodyProblem(failure: BodyFailure, lang: Lang): Response {
  switch (failure.reason) {
    case "unsupported-media-type": {
      const got = failure.contentType ? `“${failure.contentType.slice(0, 100)}”` : null;
      const detail = t(
        `请求体须为 JSON，Content-Type 应为 application/json${got ? `，收到 ${got}` : "，但请求未注明"}。`,
        `The body must be JSON with Content-Type: application/json${got ? `; got ${got}` : "; none was given"}.`,
      );
      return problemResponse("unsupported-media-type", lang, detail[lang], {
        headers: { "Accept-Post": "application/json" },
      });
    }
    case "payload-too-large":
      return problemResponse(
        "payload-too-large",
        lang,
        t(
          `请求体不能超过 ${kb(failure.limit)} kB。`,
          `The body may not exceed ${kb(failure.limit)} kB.`,
        )[lang],
        // The rest of the body is not read: close the connection rather than drain it.
        { headers: { Connection: "close" } },
      );
    case "empty":
      return problemResponse("invalid-json", lang, t("请求体为空。", "The body is empty.")[lang]);
    case "not-utf8":
      return problemResponse(
        "invalid-json",
        lang,
        t("请求体不是有效的 UTF-8 文本。", "The body is not valid UTF-8 text.")[lang],
      );
    case "malformed": {
      const at = failure.position;
      const detail =
        at === undefined
          ? t(
              "请求体不是有效的 JSON，请检查括号、引号和逗号。",
              "The body is not valid JSON; check brackets, quotes and commas.",
            )
          : t(
              `请求体不是有效的 JSON：第 ${at + 1} 个字符附近有误，请检查括号、引号和逗号。`,
              `The body is not valid JSON: error near character ${at + 1}; check brackets, quotes and commas.`,
            );
      return problemResponse("invalid-json", lang, detail[lang]);
    }
  }
}

/** 400 listing every bad field. */
export function validationProblem(errors: readonly FieldError[], lang: Lang): Response {
  const detail = t(
    `请求中有 ${errors.length} 处错误，请逐项修改后重试。`,
    `The request has ${errors.length} invalid field(s); correct each and retry.`,
  );
  return problemResponse("validation-error", lang, detail[lang], { errors });
}

export function notFoundProblem(
  what: "policy" | "clause" | "route",
  name: string,
  lang: Lang,
): Response {
  const shown = name.length > 100 ? `${name.slice(0, 100)}…` : name;
  const detail = {
    policy: t(`没有键为 “${shown}” 的政策。`, `There is no policy with the key “${shown}”.`),
    clause: t(`没有编号为 “${shown}” 的条款。`, `There is no clause with the id “${shown}”.`),
    route: t(
      `没有地址 “${shown}”，可用的接口见 /api/v1/openapi.json。`,
      `There is no endpoint “${shown}”; see /api/v1/openapi.json.`,
    ),
  }[what];
  return problemResponse("not-found", lang, detail[lang]);
}
