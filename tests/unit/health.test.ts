import { describe, expect, it } from "vitest";
import { checkDatabase, describeFailure, healthResponse, type Queryable } from "@/lib/data/health";

const answering: Queryable = { $queryRaw: async () => [{ 1: 1 }] };

function failingWith(error: unknown): Queryable {
  return {
    $queryRaw: async () => {
      throw error;
    },
  };
}

describe("checkDatabase", () => {
  it("reports ok when SELECT 1 answers", async () => {
    expect(await checkDatabase(() => answering)).toEqual({ status: "ok", db: "ok" });
  });

  it("runs exactly SELECT 1", async () => {
    const seen: string[] = [];
    const recording: Queryable = {
      $queryRaw: async (query) => {
        seen.push(query.join("?"));
        return [];
      },
    };
    await checkDatabase(() => recording);
    expect(seen).toEqual(["SELECT 1"]);
  });

  it("reports an error with the reason when the query fails", async () => {
    const report = await checkDatabase(() =>
      failingWith(new Error("unable to open database file")),
    );
    expect(report).toEqual({
      status: "error",
      db: "error",
      reason: "unable to open database file",
    });
  });

  it("reports an error when the client cannot even be created", async () => {
    const report = await checkDatabase(() => {
      throw new Error("bad url");
    });
    expect(report).toMatchObject({ status: "error", db: "error", reason: "bad url" });
  });
});

describe("describeFailure", () => {
  it("keeps only the first non-empty line, so no stack trace leaks", () => {
    const error = new Error("\n  SQLITE_CANTOPEN: cannot open\n    at Database (x.js:1:1)");
    expect(describeFailure(error)).toBe("SQLITE_CANTOPEN: cannot open");
  });

  it("cuts very long messages to 200 characters", () => {
    const reason = describeFailure(new Error("x".repeat(500)));
    expect(reason).toHaveLength(200);
    expect(reason.endsWith("…")).toBe(true);
  });

  it("describes things thrown that are not errors", () => {
    expect(describeFailure("plain text")).toBe("plain text");
    expect(describeFailure("")).toBe("unknown error");
  });
});

describe("healthResponse", () => {
  it("answers 200 with the report when healthy", async () => {
    const response = healthResponse({ status: "ok", db: "ok" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with the reason when the database is down", async () => {
    const response = healthResponse({ status: "error", db: "error", reason: "gone" });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "error", reason: "gone" });
  });
});
