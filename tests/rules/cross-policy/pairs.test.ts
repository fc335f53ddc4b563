import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnyClause } from "@/lib/engine/types";
import { ALL_CLAUSES, findClause } from "@/rules";
import { BOTH_PAY, SAME_ITEMS } from "@/rules/shared/cross-policy";
import { OVERLAP } from "@/rules/shared/overlap-groups";
import { evaluateProfile } from "@/tests/helpers/profile";

/**
 * Readings rule 15 (从优、就高、不重复 across policies): every pair of clauses of two policies that
 * may pay for the same thing either shares an exclusive group or has a written reason in
 * rules/shared/cross-policy.ts why both pay.
 */

const catalogue = JSON.parse(
  readFileSync(new URL("../../../docs/policies/catalogue.json", import.meta.url), "utf8"),
) as { clauses: { id: string; policy: string; notes?: string }[] };

/**
 * The clause ids a note cross-references: "Cf. synthetic-biology/7-b.", "cf. visual-intelligence/7-a,
 * 7-b and 8" (bare articles take the policy named before them). Parenthesised asides are dropped.
 */
export function crossReferences(note: string): string[] {
  const out: string[] = [];
  for (const m of note.matchAll(/\bcf\.\s*([^]*?)(?:\.(?:\s|$)|$)/gi)) {
    const sentence = m[1]!.replace(/\([^)]*\)/g, "");
    let policy: string | undefined;
    for (const token of sentence.matchAll(
      /(?:([a-z]+(?:-[a-z]+)*)\/)?(s?\d+(?:\.\d+)*(?:-[a-z])?)\b/g,
    )) {
      if (token[1]) policy = token[1];
      if (policy) out.push(`${policy}/${token[2]}`);
    }
  }
  return out;
}

const clauses = ALL_CLAUSES.filter((c) => c.kind !== "non-monetary");
const listClass = (path: string): string => {
  const i = SAME_ITEMS.findIndex((lists) => (lists as readonly string[]).includes(path));
  return i >= 0 ? `same-items-${i}` : path;
};

type Pair = { a: AnyClause; b: AnyClause; why: string };

function candidatePairs(): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (a: AnyClause, b: AnyClause, why: string) => {
    if (a.policy === b.policy) return;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const k = `${x.id}|${y.id}`;
    if (!pairs.has(k)) pairs.set(k, { a: x, b: y, why });
  };
  for (const note of catalogue.clauses) {
    const from = findClause(note.id);
    if (!from || !note.notes) continue;
    for (const id of crossReferences(note.notes)) {
      const to = findClause(id);
      if (!to) throw new Error(`${note.id} cross-references ${id}, which is not in the registry`);
      add(from, to, `catalogue note of ${note.id}`);
    }
  }
  for (const a of clauses)
    for (const b of clauses) {
      if (!a.items || !b.items || a.id >= b.id) continue;
      if (listClass(a.items.path) === listClass(b.items.path))
        add(a, b, `both read ${a.items.path} / ${b.items.path}`);
    }
  return [...pairs.values()];
}

const reasonFor = (a: AnyClause, b: AnyClause) =>
  BOTH_PAY.find(({ between: [x, y] }) => {
    const ends = [
      [a.id, b.id],
      [a.exclusiveGroup, b.exclusiveGroup],
    ];
    return ends.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
  });

describe("the catalogue's cross-references are read", () => {
  it("“Cf. synthetic-biology/7-b.” names one clause; “cf. visual-intelligence/7-a, 7-b and 8” three; asides in parentheses are not articles", () => {
    expect(
      crossReferences("Applies to the products certified under 15-a. Cf. synthetic-biology/7-b."),
    ).toEqual(["synthetic-biology/7-b"]);
    expect(
      crossReferences("Funding via the programme; cf. visual-intelligence/7-a, 7-b and 8."),
    ).toEqual(["visual-intelligence/7-a", "visual-intelligence/7-b", "visual-intelligence/8"]);
    expect(
      crossReferences("Money goes to the district. Cf. biomedicine/18-a (100,000 m², 20%)."),
    ).toEqual(["biomedicine/18-a"]);
  });

  it("the catalogue names 10 cross-policy pairs (11 notes, some naming the same pair), among them biomedicine/15-b ↔ synthetic-biology/7-b", () => {
    const fromNotes = candidatePairs().filter((p) => p.why.startsWith("catalogue"));
    expect(fromNotes.map((p) => `${p.a.id} ↔ ${p.b.id}`)).toContain(
      "biomedicine/15-b ↔ synthetic-biology/7-b",
    );
    expect(fromNotes).toHaveLength(10);
  });
});

const PAIRS_FOUND = 70;

describe("same item under two policies: an exclusive group or a written reason (readings rule 15)", () => {
  const pairs = candidatePairs();

  it("every candidate pair of clauses of two policies is paid once or says why both pay", () => {
    // 10 from the catalogue's notes and the rest from shared item lists; the count catches a
    // walk that silently finds nothing.
    expect(pairs.length).toBe(PAIRS_FOUND);
    const missing = pairs
      .filter(({ a, b }) => !(a.exclusiveGroup && a.exclusiveGroup === b.exclusiveGroup))
      .filter(({ a, b }) => !reasonFor(a, b))
      .map(({ a, b, why }) => `${a.id} ↔ ${b.id} (${why})`);
    expect(missing).toEqual([]);
  });

  it("the medical-aesthetic products are paid once across biomedicine (十五) and synthetic-biology (七)", () => {
    const groups = [
      "biomedicine/15-a",
      "synthetic-biology/7-a",
      "biomedicine/15-b",
      "synthetic-biology/7-b",
    ].map((id) => findClause(id)?.exclusiveGroup);
    expect(groups).toEqual([
      OVERLAP.productCertificate,
      OVERLAP.productCertificate,
      OVERLAP.productSalesGrowth,
      OVERLAP.productSalesGrowth,
    ]);
  });

  it("every written reason is used by some pair and names real clauses or groups, in both languages", () => {
    const groups = new Set<string>(Object.values(OVERLAP));
    for (const entry of BOTH_PAY) {
      for (const end of entry.between) expect(findClause(end) ?? groups.has(end)).toBeTruthy();
      expect(pairs.some(({ a, b }) => reasonFor(a, b) === entry)).toBe(true);
      expect(entry.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.reason.en).not.toMatch(/[\u4e00-\u9fff]{4}/);
    }
  });
});

describe("a class-III medical-aesthetic device certified and sold is paid once (biomedicine (十五) vs synthetic-biology (七))", () => {
  const BOTH = ["biomedicine", "synthetic-biology"] as const;
  const sales = { certificateYear: 2024, salesCurrent: 45_000_000, salesPrevious: 20_000_000 };
  const result = evaluateProfile(
    {
      enterprise: {
        registeredInHangzhou: true,
        aboveDesignatedSize: true,
        industries: [...BOTH],
        reportingYear: 2025,
      },
      biomedicine: {
        devices: [
          {
            id: "dev-1",
            name: "重组Ⅲ型人源化胶原蛋白冻干纤维",
            deviceClass: "III",
            firstRegistrationCertificate: true,
            industrialised: true,
            localProduction: true,
            ...sales,
          },
        ],
      },
      syntheticBiology: {
        aestheticProducts: [
          {
            id: "dev-1",
            name: "重组Ⅲ型人源化胶原蛋白冻干纤维",
            category: "device-iii",
            certified: true,
            industrialised: true,
            ...sales,
          },
        ],
      },
    },
    "2026-03-31",
    BOTH,
  );
  const clause = (id: string) => result.clauses.find((c) => c.id === id)!;

  it("certificate: up to 500,000 under biomedicine/15-a, up to 1,000,000 under synthetic-biology/7-a: paid once, at 7-a", () => {
    expect(clause("synthetic-biology/7-a").amount).toEqual({ min: 0, max: 1_000_000 });
    expect(clause("biomedicine/15-a")).toMatchObject({
      status: "superseded",
      supersededBy: "synthetic-biology/7-a",
      amount: null,
    });
  });

  it("new sales 45,000,000 − 20,000,000 = 25,000,000: 2 full steps × 500,000 = 1,000,000 under either; paid once", () => {
    const bio = clause("biomedicine/15-b");
    const syn = clause("synthetic-biology/7-b");
    const paid = [bio, syn].filter((c) => c.status === "eligible");
    expect(paid).toHaveLength(1);
    // 15-b fixes the sum (给予 50 万元: min = max), 7-b says 不高于 (min 0): 15-b is the better clause.
    expect(paid[0]!.id).toBe("biomedicine/15-b");
    expect(paid[0]!.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
    const other = bio === paid[0] ? syn : bio;
    expect(other).toMatchObject({ status: "superseded", supersededBy: paid[0]!.id, amount: null });
  });
});
