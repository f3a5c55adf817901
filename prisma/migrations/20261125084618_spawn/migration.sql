-- CreateTable
CREATE TABLE "Spawn" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL DEFAULT 'REQUESTED',
    "agent" TEXT NOT NULL DEFAULT '',
    "prompt" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'API',
    "sessionDir" TEXT NOT NULL,
    "skills" TEXT NOT NULL DEFAULT '[]',
    "claimedBy" TEXT,
    "claimedAt" DATETIME,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "launchId" TEXT,
    "launchHost" TEXT,
    "launchedAt" DATETIME,
    "pid" INTEGER,
    "exitCode" INTEGER,
    "exitSignal" TEXT,
    "outputTail" TEXT,
    "stopRequestedAt" DATETIME,
    "stopGraceMs" INTEGER,
    "exitedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Spawn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Spawn_state_leaseUntil_idx" ON "Spawn"("state", "leaseUntil");
