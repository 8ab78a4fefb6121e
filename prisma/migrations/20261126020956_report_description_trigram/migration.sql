-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Report_description_trgm_idx" ON "Report" USING GIN ("description" gin_trgm_ops);
