import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { databaseUrl, isPostgresUrl } from "@/lib/database-url";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/**
 * A Prisma client on `url` (default: DATABASE_URL or data/app.db): a `file:` URL is SQLite, a
 * `postgresql://` URL PostgreSQL. The PostgreSQL client is generated from the same models
 * (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so it has the same API.
 * The app uses `db()`; scripts and tests that need a database of their own call this.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForData = globalThis as unknown as { staffDb?: Promise<PrismaClient> };

/**
 * The app's one shared client, with the connection's pragmas set once per process: WAL (readers do
 * not block the writer; the backup script copies a consistent snapshot), a busy timeout for other
 * processes' writes, and foreign keys on.
 */
export function db(): Promise<PrismaClient> {
  globalForData.staffDb ??= (async () => {
    const client = createPrismaClient();
    if (databaseUrl().startsWith("file:")) {
      await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
      await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
      await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    }
    return client;
  })().catch((error) => {
    globalForData.staffDb = undefined;
    throw error;
  });
  return globalForData.staffDb;
}

/**
 * "Contains", ignoring the case of Latin letters on both databases: SQLite's LIKE already does;
 * PostgreSQL needs ILIKE, which Prisma's PostgreSQL client spells mode: "insensitive" (the SQLite
 * client, whose types the data layer uses, has no such field).
 */
export function containsIgnoringCase(text: string): Prisma.StringFilter {
  if (isSqlite()) return { contains: text };
  return { contains: escapeLike(text), mode: "insensitive" } as Prisma.StringFilter;
}

export const isSqlite = () => databaseUrl().startsWith("file:");

/**
 * Text for Prisma's `contains` on PostgreSQL, whose LIKE takes a backslash as its escape: % and _
 * are then literal. SQLite's LIKE (as Prisma writes it) has no escape character: text with % or _
 * is searched there with instr() instead (lib/data/clients.ts).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Whether `text` would act as a LIKE pattern rather than as itself. */
export const hasLikeWildcards = (text: string) => /[%_\\]/.test(text);

/** BigInt money columns back to numbers (yuan fit easily: at most 10 万亿). */
export const toNumber = (value: bigint | number): number => Number(value);

/** Prisma's unique-constraint error. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002"
  );
}
