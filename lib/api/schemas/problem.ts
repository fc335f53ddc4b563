import { z } from "zod";

export const fieldErrorSchema = z.object({
  path: z
    .string()
    .describe("出错字段的路径，如 profile.enterprise.district / Dotted path of the field"),
  label: z.string().describe("字段名称 / The field's label"),
  message: z.string(),
});

/** RFC 9457 problem details, in Chinese or (Accept-Language: en) English. */
export const problemSchema = z
  .object({
    type: z
      .string()
      .describe("问题类型，指向 API 说明页 / The problem type, a link to the API page"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional().describe("500 时的问题编号 / The problem id of a 500"),
    errors: z.array(fieldErrorSchema).optional().describe("每个出错字段 / Every invalid field"),
  })
  .describe("错误说明（RFC 9457）/ Problem details (RFC 9457)");
