import { z } from "zod";
import { profileSchema } from "./schema";

/** The profile's JSON Schema (draft 2020-12), as clients send it (defaults optional). */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://policy-calculator.local/profile.schema.json",
    title: "企业档案 / Enterprise profile",
  };
}
