-- The staff home's "À traiter": partners' orders still to plan, jobs a partner sent back.
-- CreateIndex
CREATE INDEX "WorkOrder_status_origin_idx" ON "WorkOrder"("status", "origin");

-- CreateIndex
CREATE INDEX "WorkOrder_status_sentBackAt_idx" ON "WorkOrder"("status", "sentBackAt");
