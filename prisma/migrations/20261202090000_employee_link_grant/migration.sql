-- The EMPLOYEE grant an account link made (revoked on unlink or archive), and the creation
-- form's idempotency key.
ALTER TABLE "Employee" ADD COLUMN "linkGrantId" TEXT,
ADD COLUMN "idempotencyKey" TEXT;

CREATE UNIQUE INDEX "Employee_linkGrantId_key" ON "Employee"("linkGrantId");

CREATE UNIQUE INDEX "Employee_idempotencyKey_key" ON "Employee"("idempotencyKey");
