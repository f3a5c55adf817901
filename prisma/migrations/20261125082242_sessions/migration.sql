-- AlterTable
ALTER TABLE "Event" ADD COLUMN "agentId" TEXT;
ALTER TABLE "Event" ADD COLUMN "hookEvent" TEXT;
ALTER TABLE "Event" ADD COLUMN "toolName" TEXT;
ALTER TABLE "Event" ADD COLUMN "toolUseId" TEXT;

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL DEFAULT 'WORKER',
    "status" TEXT NOT NULL DEFAULT 'STARTING',
    "baseStatus" TEXT NOT NULL DEFAULT 'STARTING',
    "agentSessionId" TEXT,
    "cwd" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "lastEvidenceAt" DATETIME,
    "statusObservedAt" DATETIME,
    "needsInputSince" DATETIME,
    "needsInputKind" TEXT,
    "needsInputMessage" TEXT,
    "derived" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Session_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionTask" (
    "sessionId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("sessionId", "taskId"),
    CONSTRAINT "SessionTask_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_projectId_createdAt_idx" ON "Session"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Session_status_lastEvidenceAt_idx" ON "Session"("status", "lastEvidenceAt");

-- CreateIndex
CREATE INDEX "Session_agentSessionId_idx" ON "Session"("agentSessionId");

-- CreateIndex
CREATE INDEX "SessionTask_taskId_idx" ON "SessionTask"("taskId");

-- CreateIndex
CREATE INDEX "Event_sessionId_hookEvent_seq_idx" ON "Event"("sessionId", "hookEvent", "seq");
