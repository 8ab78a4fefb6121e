-- Daily limits count what one person created since midnight: these two counts use these indexes.
CREATE INDEX "Report_enteredById_createdAt_idx" ON "Report"("enteredById", "createdAt" DESC);
CREATE INDEX "ReportPhoto_uploadedById_createdAt_idx" ON "ReportPhoto"("uploadedById", "createdAt");
