-- AlterTable
ALTER TABLE "Spawn" ADD COLUMN     "claimedHost" TEXT;

-- CreateTable
CREATE TABLE "RunnerHost" (
    "id" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "declaredDeadAt" TIMESTAMP(3),

    CONSTRAINT "RunnerHost_pkey" PRIMARY KEY ("id")
);
