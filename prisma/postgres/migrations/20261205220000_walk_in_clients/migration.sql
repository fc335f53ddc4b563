-- Derived by scripts/db-derive-postgres.mjs from prisma/schema.prisma (SQLite migration 20261205220000_walk_in_clients).

-- AlterTable
ALTER TABLE "Client" ALTER COLUMN "creditCode" DROP NOT NULL;
