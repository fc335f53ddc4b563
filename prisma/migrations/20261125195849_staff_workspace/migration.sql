-- CreateTable
CREATE TABLE "ServiceCentre" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "district" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'staff',
    "passwordHash" TEXT NOT NULL,
    "centreId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StaffUser_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "userAgent" TEXT,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" DATETIME,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "BatchJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "goodRows" INTEGER NOT NULL,
    "badRows" INTEGER NOT NULL,
    "problemsJson" TEXT NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "rulesVersion" TEXT,
    "workerId" TEXT,
    "heartbeatAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "BatchJob_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BatchRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "district" TEXT,
    "profileJson" TEXT NOT NULL,
    CONSTRAINT "BatchRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "BatchJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BatchResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "totalMin" BIGINT NOT NULL,
    "totalMax" BIGINT NOT NULL,
    "eligibleCount" INTEGER NOT NULL,
    "needsInfo" INTEGER NOT NULL,
    "byPolicyJson" TEXT NOT NULL,
    "clausesJson" TEXT NOT NULL,
    CONSTRAINT "BatchResult_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "BatchJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "centreId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" TEXT NOT NULL,
    "detailJson" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCentre_name_key" ON "ServiceCentre"("name");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "StaffUser_centreId_idx" ON "StaffUser"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "Client_centreId_deletedAt_name_idx" ON "Client"("centreId", "deletedAt", "name");

-- CreateIndex
CREATE INDEX "Client_district_idx" ON "Client"("district");

-- CreateIndex
CREATE UNIQUE INDEX "Client_centreId_creditCode_key" ON "Client"("centreId", "creditCode");

-- CreateIndex
CREATE INDEX "Evaluation_clientId_createdAt_idx" ON "Evaluation"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "BatchJob_centreId_createdAt_idx" ON "BatchJob"("centreId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BatchRow_jobId_rowNumber_key" ON "BatchRow"("jobId", "rowNumber");

-- CreateIndex
CREATE UNIQUE INDEX "BatchResult_jobId_rowNumber_key" ON "BatchResult"("jobId", "rowNumber");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_centreId_at_idx" ON "AuditLog"("centreId", "at");

