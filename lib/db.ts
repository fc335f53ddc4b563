import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { databaseUrl, isPostgresUrl } from "@/lib/database-url";

/**
 * A Prisma client on `url` (default: DATABASE_URL or data/app.db): a `file:` URL is SQLite, a
 * `postgresql://` URL PostgreSQL. The PostgreSQL client is generated from the same models
 * (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so it has the same API.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one shared client. Only the data layer (lib/data/…) and health checks use it. */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}
