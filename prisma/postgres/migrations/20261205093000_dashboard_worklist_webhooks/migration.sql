-- Derived by scripts/db-derive-postgres.mjs from prisma/schema.prisma (SQLite migration 20261205093000_dashboard_worklist_webhooks).

-- AlterTable
ALTER TABLE "ServiceCentre" ADD COLUMN     "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "WorklistEntry" (
    "clientId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "clientVersion" INTEGER NOT NULL,
    "rulesVersion" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "atStake" BIGINT NOT NULL,
    "summaryJson" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorklistEntry_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorklistEntry_centreId_idx" ON "WorklistEntry"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_idempotencyKey_key" ON "WebhookDelivery"("idempotencyKey");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_centreId_day_key" ON "WebhookDelivery"("centreId", "day");

-- AddForeignKey
ALTER TABLE "WorklistEntry" ADD CONSTRAINT "WorklistEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
