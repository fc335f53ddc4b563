import { roundOn } from "@/lib/rounds";
import { describe, expect, it } from "vitest";
import * as clauseRoute from "@/app/api/v1/clauses/[...id]/route";
import * as policyRoute from "@/app/api/v1/policies/[key]/route";
import * as policiesRoute from "@/app/api/v1/policies/route";
import * as rulesRoute from "@/app/api/v1/rules/route";
import {
  clauseResponseSchema,
  policyListResponseSchema,
  policyResponseSchema,
  rulesChangelogResponseSchema,
} from "@/lib/api/schemas/rules";
import { todayInHangzhou } from "@/lib/today";
import { POLICY_KEYS } from "@/lib/engine/types";
import { ALL_CLAUSES, POLICY_RULES, registry } from "@/rules";
import { RULES_CHANGELOG } from "@/rules/changelog";
import { expectProblem, get, params, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

const getClause = (segments: string[], query = "", headers: Record<string, string> = {}) =>
  clauseRoute.GET(get(`/clauses/${segments.join("/")}${query}`, headers), params({ id: segments }));
const getPolicy = (key: string, query = "", headers: Record<string, string> = {}) =>
  policyRoute.GET(get(`/policies/${key}${query}`, headers), params({ key }));

describe("GET /api/v1/policies", () => {
  it("lists the nine policies with validity, standing in the round asOf picks and their clause ids", async () => {
    const response = await policiesRoute.GET(get("/policies?asOf=2025-06-30"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await response.json();
    expect(policyListResponseSchema.parse(body)).toEqual(body);
    expect(body.round).toEqual({ year: 2025, eventYear: 2024 });
    expect(body.rulesVersion).toBe(registry.version);
    expect(body.policies.map((p: { key: string }) => p.key)).toEqual([...POLICY_KEYS]);
    const software = body.policies.find((p: { key: string }) => p.key === "software");
    expect(software.validity).toEqual({ from: "2022-11-25", to: "2025-11-24" });
    expect(software.status).toBe("in-force");
    for (const rules of POLICY_RULES) {
      const listed = body.policies.find((p: { key: string }) => p.key === rules.policy.key);
      expect(listed.clauses).toEqual(rules.clauses.map((c) => c.id));
      expect(listed.clauseCount).toBe(rules.clauses.length);
    }
  });

  it("software ended 2025-11-24: 2025-11-25 picks the 2026 round, its last (events of 2025); round 2027 is ended", async () => {
    const last = await (await policiesRoute.GET(get("/policies?asOf=2025-11-25"))).json();
    const sw = (body: { policies: { key: string }[] }) =>
      body.policies.find((p) => p.key === "software") as Record<string, unknown>;
    expect(last.round).toEqual({ year: 2026, eventYear: 2025 });
    expect(sw(last)).toMatchObject({ status: "in-force", roundStatus: "last-round" });
    const ended = await (await policiesRoute.GET(get("/policies?round=2027"))).json();
    expect(sw(ended)).toMatchObject({ status: "expired", roundStatus: "ended" });
  });

  it("uses the round open or next to open today in Asia/Shanghai by default", async () => {
    const before = roundOn(todayInHangzhou());
    const body = await (await policiesRoute.GET(get("/policies"))).json();
    expect([before, roundOn(todayInHangzhou())]).toContainEqual(body.round);
  });

  it("400 for an invalid asOf", async () => {
    const problem = await expectProblem(
      await policiesRoute.GET(get("/policies?asOf=2025-13-01")),
      400,
    );
    expect(problem.errors).toEqual([
      { path: "asOf", label: "评估日期", message: "应为有效日期，格式 YYYY-MM-DD" },
    ]);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"] as const)("405 with Allow for %s", async (method) => {
    const response = await policiesRoute[method](get("/policies", {}, method));
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/policies/{key}", () => {
  it("biomedicine: its clauses with citation, wording, parameters and the facts they read", async () => {
    const response = await getPolicy("biomedicine", "?asOf=2025-06-30");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(policyResponseSchema.parse(body)).toEqual(body);
    const { policy } = body;
    expect(policy.key).toBe("biomedicine");
    expect(policy.title).toBe("杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施");
    expect(policy.validity).toEqual({ from: "2022-11-15", to: "2027-12-31" });
    expect(policy.status).toBe("in-force");
    const drugs = policy.clauses.find((c: { id: string }) => c.id === "biomedicine/3");
    expect(drugs.citation).toEqual({
      policy: "biomedicine",
      policyTitle: policy.title,
      file: "01-biomedicine.md",
      article: "（三）",
      page: 3,
      heading: "支持创新药品研发生产",
      headingEn: "Supporting R&D and production of innovative drugs",
      leadDepartment: "市经信局",
    });
    expect(drugs.text).toContain("不超过研发投入 40%");
    expect(drugs.kind).toBe("formula");
    expect(drugs.kindLabel).toEqual({ zh: "计算", en: "Computed" });
    expect(drugs.beneficiary).toBe("enterprise");
    expect(drugs.requiresReview).toBe(true);
    expect(drugs.status).toBe("in-force");
    expect(drugs.parameters.rate).toEqual({
      unit: "rate",
      value: { num: 40, den: 100, text: "40%" },
      label: expect.objectContaining({ zh: expect.any(String), en: expect.any(String) }),
    });
    expect(drugs.parameters.capByPhase.unit).toBe("table");
    expect(drugs.parameters.capByPhase.value).toEqual({
      I: { unit: "yuan", value: 10_000_000 },
      II: { unit: "yuan", value: 20_000_000 },
      III: { unit: "yuan", value: 40_000_000 },
    });
    expect(drugs.reads).toContainEqual({
      path: "biomedicine.drugs[].rdInvestment",
      label: { zh: "该品种研发投入（累计）", en: "R&D investment in the variety (cumulative)" },
    });
    expect(drugs.items).toEqual({
      path: "biomedicine.drugs",
      label: { zh: "药品", en: "Drugs" },
      noun: { zh: "药品", en: "drug" },
    });
    expect(drugs.exclusiveGroup).toBe("product-rnd");
  });

  it.each(POLICY_KEYS)("%s: serves every clause the registry holds", async (key) => {
    const body = await (await getPolicy(key, "?asOf=2025-06-30")).json();
    const rules = POLICY_RULES.find((r) => r.policy.key === key)!;
    expect(policyResponseSchema.parse(body)).toEqual(body);
    expect(body.policy.clauses.map((c: { id: string }) => c.id)).toEqual(
      rules.clauses.map((c) => c.id),
    );
    expect(body.policy.capGroups.map((g: { id: string }) => g.id)).toEqual(
      (rules.capGroups ?? []).map((g) => g.id),
    );
  });

  it("404 for an unknown policy, in Chinese and in English", async () => {
    const zh = await expectProblem(await getPolicy("tourism"), 404);
    expect(zh.detail).toContain("tourism");
    expect(zh.title).toBe("未找到");
    const en = await expectProblem(
      await getPolicy("tourism", "", { "accept-language": "en" }),
      404,
    );
    expect(en.title).toBe("Not found");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"] as const)("405 with Allow for %s", async (method) => {
    const response = await policyRoute[method](get("/policies/biomedicine", {}, method));
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/clauses/{id}", () => {
  it("biomedicine/3 by its path segments and by %2F give the same clause", async () => {
    const bySegments = await getClause(["biomedicine", "3"], "?asOf=2025-06-30");
    expect(bySegments.status).toBe(200);
    expect(bySegments.headers.get("content-type")).toBe("application/json");
    const body = await bySegments.json();
    expect(clauseResponseSchema.parse(body)).toEqual(body);
    expect(body.clause.id).toBe("biomedicine/3");
    expect(body.clause.citation.page).toBe(3);
    const encoded = await (await getClause(["biomedicine%2F3"], "?asOf=2025-06-30")).json();
    expect(encoded).toEqual(body);
    const lower = await (await getClause(["biomedicine%2f3"], "?asOf=2025-06-30")).json();
    expect(lower).toEqual(body);
  });

  it("a clause's status follows the round: biomedicine/3 (from 2022-11-15) is not yet in force for the events of 2021", async () => {
    const body = await (await getClause(["biomedicine", "3"], "?round=2022")).json();
    expect(body.clause.status).toBe("not-yet-effective");
  });

  it.each(ALL_CLAUSES.map((c) => c.id))("serves %s", async (id) => {
    const body = await (await getClause(id.split("/"), "?asOf=2025-06-30")).json();
    expect(clauseResponseSchema.parse(body)).toEqual(body);
    expect(body.clause.id).toBe(id);
    const groups = POLICY_RULES.flatMap((p) => p.capGroups ?? []).filter((g) =>
      g.clauses.includes(id),
    );
    expect(body.clause.capGroups).toEqual(groups.map((g) => g.id));
    expect(body.capGroups.map((g: { id: string }) => g.id)).toEqual(groups.map((g) => g.id));
  });

  it("a clause under a shared cap carries it: fixed amounts as yuan, computed ceilings as such", async () => {
    const groups = POLICY_RULES.flatMap((p) => p.capGroups ?? []);
    const known = new Set(ALL_CLAUSES.map((c) => c.id));
    for (const group of groups) {
      const member = group.clauses.find((id) => known.has(id));
      if (!member) continue;
      const body = await (await getClause(member.split("/"))).json();
      const served = body.capGroups.find((g: { id: string }) => g.id === group.id);
      expect(served.clauses).toEqual([...group.clauses]);
      expect(served.text).toBe(group.text);
      expect(served.cap).toEqual(
        typeof group.cap === "number" ? { type: "fixed", amount: group.cap } : { type: "computed" },
      );
    }
  });

  it.each([
    ["an unknown clause", ["biomedicine", "999"]],
    ["an unknown policy", ["tourism", "1"]],
    ["a clause id with an extra segment", ["biomedicine", "3", "x"]],
    ["a policy key alone", ["biomedicine"]],
    ["a malformed escape", ["biomedicine%E0%A4%A"]],
  ])("404 for %s", async (_, segments) => {
    await expectProblem(await getClause(segments), 404);
  });

  it("400 for an invalid asOf", async () => {
    await expectProblem(await getClause(["biomedicine", "3"], "?asOf=yesterday"), 400);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"] as const)("405 with Allow for %s", async (method) => {
    const response = await clauseRoute[method](get("/clauses/biomedicine/3", {}, method));
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/rules", () => {
  it("gives the current rules version and the changelog, whose first entry is that version", async () => {
    const response = await rulesRoute.GET(get("/rules"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(rulesChangelogResponseSchema.parse(body)).toEqual(body);
    expect(body.rulesVersion).toBe(registry.version);
    expect(body.changelog[0].version).toBe(registry.version);
    expect(body.changelog).toEqual(JSON.parse(JSON.stringify(RULES_CHANGELOG)));
  });

  it("refuses other methods", async () => {
    await expectProblem(await rulesRoute.POST(get("/rules", {}, "POST")), 405);
  });
});
