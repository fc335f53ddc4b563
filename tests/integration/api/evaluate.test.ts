// Longer than 300 lines on purpose: the whole contract of POST /api/v1/evaluate (answers, problems, methods) in one place.
import { roundOn } from "@/lib/rounds";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DELETE, GET, OPTIONS, PATCH, POST, PUT } from "@/app/api/v1/evaluate/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { evaluationResultSchema } from "@/lib/api/schemas/evaluation";
import { todayInHangzhou } from "@/lib/today";
import { evaluate } from "@/lib/engine/evaluate";
import type { EvaluationResult } from "@/lib/engine/types";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";
import { expectNoInternals, expectProblem, postJson, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

// The response schema (and so the OpenAPI document) says exactly what the engine's type says.
type DeepWritable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? DeepWritable<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
      : T;
export const engineFitsSchema = (
  r: DeepWritable<EvaluationResult>,
): z.input<typeof evaluationResultSchema> => r;
export const schemaFitsEngine = (r: z.output<typeof evaluationResultSchema>): EvaluationResult => r;

const evaluateBody = (body: unknown, headers: Record<string, string> = {}) =>
  POST(postJson("/evaluate", JSON.stringify(body), headers));

/** A drug in a phase II trial: 40 % of its R&D, at most 20,000,000. */
const drugProfile = (rdInvestment: number, clinicalPhase = "II") => ({
  enterprise: { industries: ["biomedicine"] },
  biomedicine: {
    drugs: [
      {
        id: "d1",
        name: "新药甲",
        drugType: "chemical",
        registrationClass: "1",
        clinicalPhase,
        licensedAndIndustrialised: true,
        rdInvestment,
      },
    ],
  },
});

describe("POST /api/v1/evaluate", () => {
  it("a class-1 drug in phase II with R&D of 30,000,000 gets biomedicine/3 up to 12,000,000 = 40% × 30,000,000", async () => {
    const response = await evaluateBody({ profile: drugProfile(30_000_000), asOf: "2025-06-30" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(evaluationResultSchema.parse(body)).toEqual(body);
    // 2025-06-30 is the last day before the switch: the 2025 round, events of 2024.
    expect(body.round).toEqual({ year: 2025, eventYear: 2024 });
    expect(body.rulesVersion).toBe(registry.version);
    const clause = body.clauses.find((c: { id: string }) => c.id === "biomedicine/3");
    expect(clause.status).toBe("eligible");
    expect(clause.amount.max).toBe(12_000_000);
    expect(clause.items[0].steps).toContainEqual(
      expect.objectContaining({ op: "rate", result: 12_000_000 }),
    );
  });

  it("the phase II cap of 20,000,000 applies from an R&D investment above 50,000,000", async () => {
    const body = await (
      await evaluateBody({ profile: drugProfile(80_000_000), asOf: "2025-06-30" })
    ).json();
    expect(body.clauses.find((c: { id: string }) => c.id === "biomedicine/3").amount.max).toBe(
      20_000_000,
    );
  });

  it("answers with the engine's result exactly, serialised as JSON", async () => {
    const response = await evaluateBody(EXAMPLE_EVALUATE_REQUEST);
    const expected = evaluate(
      registry,
      profileSchema.parse(EXAMPLE_EVALUATE_REQUEST.profile),
      roundOn("2025-06-30"),
    );
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("evaluates the round open or next to open today in Asia/Shanghai when round and asOf are left out", async () => {
    const before = roundOn(todayInHangzhou());
    const body = await (await evaluateBody({ profile: drugProfile(1_000) })).json();
    expect([before, roundOn(todayInHangzhou())]).toContainEqual(body.round);
  });

  it("round 2027 evaluates the events of 2026; round and asOf together are refused", async () => {
    const body = await (await evaluateBody({ profile: drugProfile(1_000), round: 2027 })).json();
    expect(body.round).toEqual({ year: 2027, eventYear: 2026 });
    const both = await expectProblem(
      await evaluateBody({ profile: drugProfile(1), round: 2027, asOf: "2027-02-01" }),
      400,
    );
    expect(both.errors!.map((e) => e.path)).toContain("round");
  });

  it("gives the same result whatever the Accept-Language", async () => {
    const zh = await (await evaluateBody(EXAMPLE_EVALUATE_REQUEST)).json();
    const en = await (
      await evaluateBody(EXAMPLE_EVALUATE_REQUEST, { "accept-language": "en" })
    ).json();
    expect(en).toEqual(zh);
  });

  it("accepts application/json with a UTF-8 charset and JSON with a byte-order mark", async () => {
    const text = `\uFEFF${JSON.stringify(EXAMPLE_EVALUATE_REQUEST)}`;
    const response = await POST(
      postJson("/evaluate", text, { "content-type": "application/json; charset=UTF-8" }),
    );
    expect(response.status).toBe(200);
  });
});

describe("POST /api/v1/evaluate: bad input", () => {
  it("413 for a 300 kB body announced by Content-Length, without reading it", async () => {
    const body = JSON.stringify({ profile: { enterprise: { name: "x".repeat(300 * 1024) } } });
    const request = postJson("/evaluate", body, {
      "content-length": String(Buffer.byteLength(body)),
    });
    const response = await POST(request);
    expect(response.headers.get("connection")).toBe("close");
    const problem = await expectProblem(response, 413);
    expect(problem.detail).toContain("256 kB");
    expect(request.bodyUsed).toBe(false);
  });

  it("413 for a 300 kB body streamed without Content-Length, counted as it is read", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 300) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://127.0.0.1/api/v1/evaluate", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expectProblem(await POST(request), 413);
  });

  it("stops reading an endless body just past 256 kB", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://127.0.0.1/api/v1/evaluate", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expectProblem(await POST(request), 413);
    expect(cancelled).toBe(true);
    expect(pulled * 16).toBeLessThanOrEqual(256 + 3 * 16);
  });

  it.each([
    ["no Content-Type", undefined],
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["JSON in another charset", "application/json; charset=iso-8859-1"],
  ])("415 for %s", async (_, contentType) => {
    const request = new Request("http://127.0.0.1/api/v1/evaluate", {
      method: "POST",
      body: JSON.stringify(EXAMPLE_EVALUATE_REQUEST),
      headers: contentType ? { "content-type": contentType } : {},
    });
    // A string body makes fetch add text/plain; remove it to test a missing header.
    if (!contentType) request.headers.delete("content-type");
    const problem = await expectProblem(await POST(request), 415);
    expect(problem.detail).toContain("application/json");
  });

  it("400 for malformed JSON, explained in Chinese", async () => {
    const problem = await expectProblem(
      await POST(postJson("/evaluate", '{"profile": {"enterprise": {}')),
      400,
    );
    expect(problem.type).toBe("/api-docs#problem-invalid-json");
    expect(problem.title).toBe("请求体不是有效的 JSON");
    expect(problem.detail).toMatch(/^请求体不是有效的 JSON/);
  });

  it("400 for malformed JSON, in English with Accept-Language: en", async () => {
    const problem = await expectProblem(
      await POST(postJson("/evaluate", "{profile:", { "accept-language": "en-GB,en;q=0.9" })),
      400,
    );
    expect(problem.title).toBe("The request body is not valid JSON");
  });

  it.each([
    ["an empty body", ""],
    ["only spaces", "   "],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])("400 for %s", async (_, body) => {
    const problem = await expectProblem(await POST(postJson("/evaluate", body)), 400);
    expect(problem.type).toBe("/api-docs#problem-invalid-json");
  });

  const badProfile = {
    profile: {
      enterprise: { district: "西湖", roles: ["enterprise", "bank"] },
      finance: { 2024: { revenue: -5, rdExpense: 1.5 } },
      biomedicine: { drugs: [{ id: "", name: "新药", clinicalPhase: "IV" }] },
      colour: "blue",
    },
    asOf: "2025-02-30",
    extra: true,
  };

  it("400 lists every failing field with its Chinese label", async () => {
    const problem = await expectProblem(await evaluateBody(badProfile), 400);
    expect(problem.type).toBe("/api-docs#problem-validation-error");
    expect(problem.title).toBe("请求内容有误");
    const byPath = Object.fromEntries(problem.errors!.map((e) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        "asOf",
        "extra",
        "profile.colour",
        "profile.biomedicine.drugs.0.clinicalPhase",
        "profile.biomedicine.drugs.0.id",
        "profile.enterprise.district",
        "profile.enterprise.roles.1",
        "profile.finance.2024.rdExpense",
        "profile.finance.2024.revenue",
      ].sort(),
    );
    expect(byPath["profile.enterprise.district"]!.label).toBe("所在区、县（市）");
    expect(byPath["profile.finance.2024.revenue"]!.label).toBe("2024 年营业收入");
    expect(byPath["profile.biomedicine.drugs.0.clinicalPhase"]!.label).toBe(
      "已在国内开展的临床试验阶段",
    );
    expect(byPath["asOf"]!.label).toBe("评估日期");
    // An unknown key is named where it is, in reader terms and as a JSON path.
    expect(byPath["profile.colour"]!.label).toBe("未知字段");
    expect(byPath["profile.colour"]!.message).toContain("企业档案中没有“colour”这一项（colour）");
    expect(problem.detail).toContain(`${problem.errors!.length} 处错误`);
    for (const e of problem.errors!) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("400 lists the same fields in English with Accept-Language: en", async () => {
    const zh = await expectProblem(await evaluateBody(badProfile), 400);
    const en = await expectProblem(
      await evaluateBody(badProfile, { "accept-language": "en" }),
      400,
    );
    expect(en.title).toBe("The request has invalid fields");
    expect(en.errors!.map((e) => e.path)).toEqual(zh.errors!.map((e) => e.path));
    const district = en.errors!.find((e) => e.path === "profile.enterprise.district")!;
    expect(district.label).toBe("District or county");
    expect(district.message).toMatch(/^Invalid option/);
    expect(en.errors!.find((e) => e.path === "asOf")!.label).toBe("Evaluation date");
  });

  it.each([
    ["not a date", "30/06/2025"],
    ["a day that does not exist", "2025-02-29"],
    ["a number", 20250630],
    ["null", null],
  ])("400 for an asOf that is %s", async (_, asOf) => {
    const problem = await expectProblem(await evaluateBody({ profile: drugProfile(1), asOf }), 400);
    expect(problem.errors).toEqual([
      { path: "asOf", label: "评估日期", message: "应为有效日期，格式 YYYY-MM-DD" },
    ]);
  });

  it.each([
    ["an array", []],
    ["a string", "profile"],
    ["null", null],
    ["a number", 42],
  ])("400 for a body that is %s", async (_, body) => {
    const problem = await expectProblem(await evaluateBody(body), 400);
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors![0]!.label).toBe("请求体");
  });

  it("400 when the profile is missing or is not an object", async () => {
    const missing = await expectProblem(await evaluateBody({ asOf: "2025-06-30" }), 400);
    expect(missing.errors).toEqual([
      { path: "profile", label: "企业档案", message: "缺少企业档案" },
    ]);
    const notObject = await expectProblem(await evaluateBody({ profile: [1, 2] }), 400);
    expect(notObject.errors!.map((e) => e.path)).toEqual(["profile"]);
  });

  it("400 for a deeply nested body, never a crash", async () => {
    const deep = `{"profile":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    await expectProblem(await POST(postJson("/evaluate", deep)), 400);
  });

  it.each([
    ["GET", GET],
    ["PUT", PUT],
    ["PATCH", PATCH],
    ["DELETE", DELETE],
  ])("405 with Allow for %s", async (method, handler) => {
    const response = await handler(new Request("http://127.0.0.1/api/v1/evaluate", { method }));
    const problem = await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("OPTIONS, POST");
    expect(problem.detail).toContain(method);
  });

  it("OPTIONS answers 204 with Allow", async () => {
    const response = await OPTIONS(
      new Request("http://127.0.0.1/api/v1/evaluate", { method: "OPTIONS" }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("OPTIONS, POST");
  });

  it("no error answer shows a stack trace or a path", async () => {
    for (const response of [
      await POST(postJson("/evaluate", "{")),
      await evaluateBody(badProfile),
      await evaluateBody(badProfile, { "accept-language": "en" }),
    ]) {
      expectNoInternals(await response.text());
    }
  });
});
