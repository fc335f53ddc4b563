-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "rulesVersion" TEXT NOT NULL,
    "profileJson" TEXT NOT NULL,
    "resultJson" TEXT NOT NULL,
    "totalMin" BIGINT NOT NULL,
    "totalMax" BIGINT NOT NULL,
    "eligibleCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evaluation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Existing rows get the round their evaluation date picks (lib/rounds.ts roundOn): until
-- 30 June that year's round, from 1 July the next year's.
INSERT INTO "new_Evaluation" ("asOf", "round", "clientId", "createdAt", "createdById", "createdByName", "eligibleCount", "id", "profileJson", "resultJson", "rulesVersion", "totalMax", "totalMin") SELECT "asOf", CAST(substr("asOf", 1, 4) AS INTEGER) + CASE WHEN substr("asOf", 6, 5) >= '07-01' THEN 1 ELSE 0 END, "clientId", "createdAt", "createdById", "createdByName", "eligibleCount", "id", "profileJson", "resultJson", "rulesVersion", "totalMax", "totalMin" FROM "Evaluation";
DROP TABLE "Evaluation";
ALTER TABLE "new_Evaluation" RENAME TO "Evaluation";
CREATE INDEX "Evaluation_clientId_createdAt_idx" ON "Evaluation"("clientId", "createdAt");
CREATE INDEX "Evaluation_round_idx" ON "Evaluation"("round");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

