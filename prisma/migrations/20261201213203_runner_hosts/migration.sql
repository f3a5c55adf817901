-- AlterTable
ALTER TABLE "Spawn" ADD COLUMN "claimedHost" TEXT;

-- CreateTable
CREATE TABLE "RunnerHost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL,
    "declaredDeadAt" DATETIME
);
