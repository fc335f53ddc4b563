-- AlterTable
ALTER TABLE "ServiceCentre" ADD COLUMN "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "WorklistEntry" (
    "clientId" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "clientVersion" INTEGER NOT NULL,
    "rulesVersion" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "atStake" BIGINT NOT NULL,
    "summaryJson" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WorklistEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WorklistEntry_centreId_idx" ON "WorklistEntry"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_idempotencyKey_key" ON "WebhookDelivery"("idempotencyKey");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_centreId_day_key" ON "WebhookDelivery"("centreId", "day");

