-- The home page counts the reports fixed in the last 30 days and their median time to fix
CREATE INDEX "Report_resolvedAt_idx" ON "Report"("resolvedAt");
