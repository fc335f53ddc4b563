import type { z } from "zod";
import { itemLabel, renderGap, renderSteps } from "@/lib/engine/render";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { zodDef } from "@/lib/profile/zod-def";
import { buildReport } from "@/lib/report/model";
import { noticesFor } from "@/rules/notices";

/** One rendered text and where it came from, so a failure names the clause and the kind of line. */
export type RenderedText = { readonly where: string; readonly text: string };

/**
 * Every text a reader sees of an evaluation in one language, through the functions the results
 * page and the report call: each item's label and trace, the clause's own trace, every condition
 * label, every gap (near misses included), readings, the report's lines and the policies' notices.
 */
export function renderedTexts(
  profile: Profile,
  result: EvaluationResult,
  lang: Lang,
): RenderedText[] {
  const out: RenderedText[] = [];
  const add = (where: string, text: string) => out.push({ where, text });
  for (const c of result.clauses) {
    for (const it of c.items) {
      add(`${c.id} item label`, itemLabel(it, lang));
      add(`${c.id} item trace`, renderSteps(it.steps, lang));
      for (const k of it.conditions) {
        add(`${c.id} condition`, k.label[lang]);
        if (k.gap) add(`${c.id} gap`, renderGap(k, lang));
      }
    }
    add(`${c.id} trace`, renderSteps(c.steps, lang));
    for (const m of c.nearMisses) add(`${c.id} near miss`, renderGap(m, lang));
    for (const r of c.readings) add(`${c.id} reading`, r[lang]);
  }
  const report = buildReport({ profile, result, lang, printedAt: "2025-07-01T02:00:00Z" });
  for (const c of report.clauses) {
    for (const line of [...c.calculation, ...c.conditions, ...c.readings])
      add(`${c.key} report`, line);
  }
  for (const n of [...report.nearMisses, ...report.openQuestions])
    for (const line of n.lines) add(`${n.key} report note`, line);
  for (const s of report.superseded) add(`${s.key} report superseded`, `${s.title} ${s.by}`);
  for (const p of result.policies)
    for (const n of noticesFor(p.key))
      add(`${p.key} notice`, `${n.title[lang]} ${n.summary[lang]}`);
  return out.filter((r) => r.text !== "");
}

/** Every value of every enum in the profile schema ("little-giant", "class-iii", …). */
export function profileEnumValues(): string[] {
  const found = new Set<string>();
  const walk = (schema: z.ZodType) => {
    const d = zodDef(schema);
    if (d.type === "enum") for (const v of Object.values(d.entries ?? {})) found.add(v);
    if (d.innerType) walk(d.innerType);
    if (d.element) walk(d.element);
    for (const v of Object.values(d.shape ?? {})) walk(v);
  };
  walk(profileSchema);
  return [...found];
}
