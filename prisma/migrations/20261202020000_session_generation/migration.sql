-- The account generation a session was opened under: a password reset, disabling or deleting
-- the account moves User.sessionVersion on, which ends every session opened before
ALTER TABLE "Session" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Session" ALTER COLUMN "sessionVersion" DROP DEFAULT;
