-- Derived by scripts/db-derive-postgres.mjs from prisma/schema.prisma (SQLite migration 20261205091500_evaluation_round).
-- Edited by hand as the SQLite migration is: existing rows get the round their evaluation date
-- picks (lib/rounds.ts roundOn), then the column becomes required.

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "round" INTEGER;
UPDATE "Evaluation" SET "round" = CAST(substr("asOf", 1, 4) AS INTEGER) + CASE WHEN substr("asOf", 6, 5) >= '07-01' THEN 1 ELSE 0 END;
ALTER TABLE "Evaluation" ALTER COLUMN "round" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Evaluation_round_idx" ON "Evaluation"("round");
