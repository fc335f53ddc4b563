import "server-only";
import { createPrismaClient, db } from "./db";

export type HealthReport =
  { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** What the health check needs of a database client: one raw query. */
export interface Queryable {
  $queryRaw(query: TemplateStringsArray): Promise<unknown>;
}

const MAX_REASON_LENGTH = 200;

/** One line naming what went wrong, without a stack trace. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine =
    message
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? "unknown error";
  return firstLine.length > MAX_REASON_LENGTH
    ? `${firstLine.slice(0, MAX_REASON_LENGTH - 1)}…`
    : firstLine;
}

/**
 * Runs `SELECT 1` through the client and reports whether the database answered.
 * The client is passed as a function so that failing to create it is reported too.
 */
export async function checkDatabase(
  getClient: () => Queryable | Promise<Queryable>,
): Promise<HealthReport> {
  try {
    const client = await getClient();
    await client.$queryRaw`SELECT 1`;
    return { status: "ok", db: "ok" };
  } catch (error) {
    return { status: "error", db: "error", reason: describeFailure(error) };
  }
}

/** Checks the app's own database (DATABASE_URL) through the shared client. */
export function checkAppDatabase(): Promise<HealthReport> {
  return checkDatabase(db);
}

/** Checks the database at a given URL with a short-lived client. */
export async function checkDatabaseAt(url: string): Promise<HealthReport> {
  const client = createPrismaClient(url);
  try {
    return await checkDatabase(() => client);
  } finally {
    await client.$disconnect().catch(() => undefined);
  }
}

/** The HTTP answer for a report: 200 when healthy, 503 otherwise; never cached. */
export function healthResponse(report: HealthReport): Response {
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
