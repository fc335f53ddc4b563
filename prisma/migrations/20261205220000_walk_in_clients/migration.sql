-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT,
    "district" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "notes" TEXT,
    "profileJson" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Client_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("centreId", "contactName", "contactPhone", "createdAt", "createdById", "creditCode", "deletedAt", "district", "id", "name", "notes", "profileJson", "updatedAt", "updatedById", "version") SELECT "centreId", "contactName", "contactPhone", "createdAt", "createdById", "creditCode", "deletedAt", "district", "id", "name", "notes", "profileJson", "updatedAt", "updatedById", "version" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_centreId_deletedAt_name_idx" ON "Client"("centreId", "deletedAt", "name");
CREATE INDEX "Client_district_idx" ON "Client"("district");
CREATE UNIQUE INDEX "Client_centreId_creditCode_key" ON "Client"("centreId", "creditCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

