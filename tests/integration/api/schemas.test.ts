import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as unknownRoute from "@/app/api/v1/[...unknown]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as schemaRoute from "@/app/api/v1/profile-schema/route";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { PROBLEM_KINDS } from "@/lib/api/problem";
import { evaluateRequestSchema } from "@/lib/api/schemas/evaluation";
import { profileJsonSchema } from "@/lib/profile/json-schema";
import { expectProblem, get, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

type Json = Record<string, unknown>;

const API_DIR = join(process.cwd(), "app/api/v1");

/** Route folders under app/api/v1 as OpenAPI paths: [key] → {key}, [...id] → {id}. */
function routePaths(dir = API_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...routePaths(full));
    else if (/^route\.(ts|js)$/.test(entry)) {
      out.push(
        "/" +
          relative(API_DIR, dir)
            .split("/")
            .map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, "{$1}").replace(/^\[(\w+)\]$/, "{$1}"))
            .join("/"),
      );
    }
  }
  return out;
}

function resolvePointer(doc: Json, ref: string): unknown {
  expect(ref.startsWith("#/"), ref).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) collectRefs(n, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

async function openapi(): Promise<Json> {
  const response = await openapiRoute.GET(get("/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  return (await response.json()) as Json;
}

describe("GET /api/v1/profile-schema", () => {
  it("is the profile's JSON Schema, as profileJsonSchema() builds it", async () => {
    const response = await schemaRoute.GET(get("/profile-schema"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/schema+json");
    const body = await response.json();
    expect(body).toEqual(profileJsonSchema());
    expect(body.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(body.properties.enterprise.properties.district.title).toBe("所在区、县（市）");
  });

  it("405 with Allow for POST", async () => {
    const response = await schemaRoute.POST(get("/profile-schema", {}, "POST"));
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("has the shape of an OpenAPI 3.1 document", async () => {
    const doc = await openapi();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const info = doc.info as Json;
    expect(typeof info.title).toBe("string");
    expect(typeof info.version).toBe("string");
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(paths)) {
      expect(path.startsWith("/")).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        expect(["get", "post", "put", "patch", "delete", "head", "options"]).toContain(method);
        operationIds.push(op.operationId as string);
        const responses = op.responses as Record<string, Json>;
        expect(Object.keys(responses).length).toBeGreaterThan(0);
        for (const code of Object.keys(responses)) expect(code).toMatch(/^[1-5]\d\d$/);
        // Every {template} in the path is a declared path parameter.
        const declared = ((op.parameters ?? []) as Json[])
          .map((p) => (p.$ref ? (resolvePointer(doc, p.$ref as string) as Json) : p))
          .filter((p) => p.in === "path")
          .map((p) => p.name);
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(declared.sort()).toEqual(templated.sort());
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it("lists every route under app/api/v1 with its method", async () => {
    const doc = await openapi();
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const routes = routePaths().filter((p) => p !== "/{unknown}");
    expect(Object.keys(paths).sort()).toEqual(routes.sort());
    for (const e of ENDPOINTS) {
      expect(paths[e.path]?.[e.method.toLowerCase()]?.operationId).toBe(e.id);
    }
  });

  it("resolves every $ref inside the document", async () => {
    const doc = await openapi();
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(resolvePointer(doc, ref), ref).toBeDefined();
  });

  it("describes bodies with the zod schemas: the profile, the request and the result", async () => {
    const doc = await openapi();
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const { $schema: _s, $id: _i, title: _t, ...profile } = profileJsonSchema();
    expect(schemas.Profile).toEqual(profile);
    expect(schemas.EvaluateRequest!.properties).toEqual({
      profile: { $ref: "#/components/schemas/Profile" },
      round: expect.objectContaining({ type: "integer", minimum: 2000, maximum: 2100 }),
      asOf: expect.objectContaining({ type: "string", format: "date" }),
    });
    expect(schemas.EvaluateRequest!.required).toEqual(["profile"]);
    for (const name of [
      "EvaluationResult",
      "PolicyList",
      "PolicyResponse",
      "ClauseResponse",
      "Problem",
    ]) {
      expect(schemas[name]?.type, name).toBe("object");
    }
    const evaluate = ((doc.paths as Json)["/evaluate"] as Json).post as Json;
    const example = (((evaluate.requestBody as Json).content as Json)["application/json"] as Json)
      .examples as Record<string, Json>;
    expect(evaluateRequestSchema.safeParse(example.drug!.value).success).toBe(true);
    expect(example.drug!.value).toEqual(EXAMPLE_EVALUATE_REQUEST);
  });

  it("describes every problem answer as application/problem+json", async () => {
    const doc = await openapi();
    const responses = (doc.components as Json).responses as Record<string, Json>;
    const described = Object.values(responses).map((r) => r.description as string);
    for (const kind of PROBLEM_KINDS) {
      expect(
        described.some((d) => d.includes(`/api-docs#problem-${kind}`)),
        kind,
      ).toBe(true);
    }
    for (const r of Object.values(responses)) {
      expect((r.content as Json)["application/problem+json"]).toEqual({
        schema: { $ref: "#/components/schemas/Problem" },
      });
    }
    const evaluate = ((doc.paths as Json)["/evaluate"] as Json).post as Json;
    expect(Object.keys(evaluate.responses as Json).sort()).toEqual([
      "200",
      "400",
      "413",
      "415",
      "429",
      "500",
    ]);
  });
});

describe("any other path under /api/v1", () => {
  it.each(["GET", "POST", "DELETE"] as const)("404 problem for %s", async (method) => {
    const problem = await expectProblem(
      await unknownRoute[method](get("/nothing-here", {}, method)),
      404,
    );
    expect(problem.detail).toContain("/api/v1/nothing-here");
  });
});
