-- Report notifications: a person may turn off the emails (the portal notification stays), and
-- "Mes notifications" lists a person's notifications newest first.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notifyByEmail" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);
