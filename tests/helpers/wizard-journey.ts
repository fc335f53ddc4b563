import { openReadsOfDraft } from "@/components/wizard/locate";
import { fullEngine } from "@/lib/browser/engine-full";
import { getAt, setAt, type JsonObject, type Segment } from "@/lib/browser/json-path";
import { evaluate } from "@/lib/engine/evaluate";
import type { Round } from "@/lib/engine/round";
import type { Beneficiary, PolicyKey } from "@/lib/engine/types";
import type { OpenReads } from "@/lib/profile/open-reads";
import { parseProfile } from "@/lib/profile/parse";
import { enterpriseSection } from "@/lib/profile/sections/common";
import {
  asksItemField,
  START_FACTS,
  wizardSteps,
  type WizardStep,
} from "@/lib/profile/wizard-steps";
import { ALL_CLAUSES, registry } from "@/rules";

type Question = { readonly key: string; readonly at: readonly Segment[]; readonly list?: boolean };

/**
 * The questions a set of steps shows for a draft, as the wizard renders them: each field of a
 * plain group, and for a list its own question (add / none) and the fields shown on each of its
 * items ("biomedicine.drugs[d1].rdInvestment"). `perItem`: items show only what is still asked of
 * them (else every item shows every field, as the first self-check did).
 */
export function shownQuestions(
  steps: readonly WizardStep[],
  draft: unknown,
  perItem: boolean,
): Question[] {
  const out: Question[] = [];
  for (const step of steps)
    for (const g of step.groups) {
      if (g.type === "object") {
        for (const f of g.fields)
          out.push({ key: [...g.segments, f.key].join("."), at: [...g.segments, f.key] });
        continue;
      }
      out.push({ key: g.path, at: g.segments, list: true });
      const items = getAt(draft, g.segments);
      if (!Array.isArray(items)) continue;
      items.forEach((item: JsonObject, i) => {
        for (const f of g.fields)
          if (!perItem || asksItemField(g, item, f))
            out.push({
              key: `${g.path}[${String(item.id)}].${f.key}`,
              at: [...g.segments, i, f.key],
            });
      });
    }
  return out;
}

/**
 * A user's way through the self-check, answering from a filled profile (an example): the start
 * step's industries and roles are given; then each pass shows the questions the wizard asks for
 * the draft so far and copies the example's answers into those still empty (a new list item gets
 * its id and name, as "添加" does), until a pass answers nothing new. Returns every question shown
 * on the way. `relevant`: the wizard asks only what the live evaluation still needs (openReads);
 * else as the first self-check did: the whole enterprise section and every fact the chosen clauses
 * read, on every item.
 */
export function wizardJourney(example: JsonObject, round: Round, relevant: boolean): Set<string> {
  const enterprise = example.enterprise as JsonObject;
  let draft: unknown = {
    version: example.version,
    enterprise: { industries: enterprise.industries, roles: enterprise.roles },
  };
  const options = {
    policies: enterprise.industries as PolicyKey[],
    roles: (enterprise.roles as Beneficiary[] | undefined) ?? ["enterprise"],
    eventYear: round.eventYear,
  };
  // The first self-check asked the whole enterprise section, whatever the clauses read.
  const seen = new Set<string>(
    relevant
      ? []
      : Object.keys(enterpriseSection.shape)
          .map((k) => `enterprise.${k}`)
          .filter((f) => !START_FACTS.includes(f)),
  );
  let open: OpenReads | undefined;
  for (let pass = 0; pass < 50; pass++) {
    const parsed = parseProfile(draft, "zh", { eventYear: round.eventYear });
    // While the draft is invalid the wizard keeps the last valid evaluation's questions.
    if (parsed.ok && relevant) {
      const result = evaluate(registry, parsed.profile, round);
      open = openReadsOfDraft(result, fullEngine.readsOf, draft);
    }
    const steps = wizardSteps(ALL_CLAUSES, { ...options, open });
    let changed = false;
    for (const q of shownQuestions(steps, draft, relevant)) {
      seen.add(q.key);
      if (getAt(draft, q.at) !== undefined) continue;
      let value = getAt(example, q.at);
      if (value === undefined) continue;
      if (q.list && Array.isArray(value))
        value = value.map((it: JsonObject) => ({ id: it.id, name: it.name }));
      draft = setAt(draft, q.at, value);
      changed = true;
    }
    if (!changed) return seen;
  }
  throw new Error("the journey did not settle in 50 passes");
}
