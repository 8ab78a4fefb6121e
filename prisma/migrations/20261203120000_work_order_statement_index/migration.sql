-- A contract statement reads its validated jobs by the day they were done
CREATE INDEX "WorkOrder_contractId_status_doneAt_idx" ON "WorkOrder"("contractId", "status", "doneAt");
