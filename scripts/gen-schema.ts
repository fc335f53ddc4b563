/** Writes docs/profile.schema.json from the zod profile schema (npm run schema:gen). */
import { mkdirSync, writeFileSync } from "node:fs";
import { profileJsonSchema } from "@/lib/profile/json-schema";

mkdirSync("docs", { recursive: true });
writeFileSync("docs/profile.schema.json", JSON.stringify(profileJsonSchema(), null, 2) + "\n");
console.log("docs/profile.schema.json written");
