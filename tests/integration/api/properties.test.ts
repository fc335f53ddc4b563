import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { evaluationResultSchema } from "@/lib/api/schemas/evaluation";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";
import { expectProblem, postJson, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

const RUNS = 3_000;

type Path = (string | number)[];

/** Every place in a JSON value: the root, each key of each object, each element of each array. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

type Mutation =
  | { kind: "set"; value: unknown }
  | { kind: "delete" }
  | { kind: "add"; key: string; value: unknown };

function mutate(value: unknown, path: Path, m: Mutation): unknown {
  if (path.length === 0) {
    if (m.kind === "set") return m.value;
    if (m.kind === "delete") return undefined;
    return value && typeof value === "object" && !Array.isArray(value)
      ? { ...value, [m.key]: m.value }
      : value;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = mutate(copy[head as number], rest, m);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const next = mutate(copy[head as string], rest, m);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: "set" as const, value })),
  fc
    .constantFrom(
      "",
      "0",
      -1,
      1e300,
      10_000_000_000_001,
      0.5,
      null,
      true,
      [],
      {},
      "上城区",
      "2025-02-30",
    )
    .map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => ({ kind: "add" as const, key, value })),
);

/** A valid request with one random change somewhere in it. */
const mutatedRequest = fc
  .tuple(
    arbitraryProfile,
    fc.oneof(fc.constant(undefined), fc.constantFrom("2025-06-30", "2023-01-01", "2030-12-31")),
    fc.nat(),
    mutation,
  )
  .map(([profile, asOf, pick, m]) => {
    const request = JSON.parse(JSON.stringify({ profile, ...(asOf ? { asOf } : {}) }));
    const places = pathsOf(request);
    return JSON.stringify(mutate(request, places[pick % places.length]!, m) ?? null);
  });

const body = fc.oneof(
  { weight: 3, arbitrary: mutatedRequest },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.jsonValue().map((profile) => JSON.stringify({ profile })) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .string({ maxLength: 200 })
      .map((s) => JSON.stringify(EXAMPLE_EVALUATE_REQUEST).slice(0, s.length) + s),
  },
);

describe("POST /api/v1/evaluate under random input", () => {
  const log = vi.spyOn(console, "error");
  beforeAll(() => {
    log.mockImplementation(() => undefined);
  });
  afterAll(() => {
    log.mockRestore();
  });

  it(`answers ${RUNS} random bodies with 200 and a result, or a 4xx problem document; never 5xx`, async () => {
    let ok = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("zh-CN", "en"), async (text, lang) => {
        const response = await POST(postJson("/evaluate", text, { "accept-language": lang }));
        if (response.status === 200) {
          ok++;
          expect(response.headers.get("content-type")).toBe("application/json");
          expect(evaluationResultSchema.safeParse(await response.json()).success).toBe(true);
          return;
        }
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        const problem = await expectProblem(response, response.status);
        for (const e of problem.errors ?? []) {
          expect(typeof e.path).toBe("string");
          expect(e.label.trim()).not.toBe("");
          expect(e.message.trim()).not.toBe("");
        }
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    expect(log).not.toHaveBeenCalled();
    // The mutations leave some requests valid: both branches are exercised.
    expect(ok).toBeGreaterThan(RUNS / 20);
  }, 300_000);
});
