-- The owner partner of a report site, copied onto the report: the partner read scope becomes one
-- indexed column instead of an OR over a join on Site.

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "siteOwnerPartnerId" TEXT;

-- The copy is kept right by the database, whoever writes: a report takes its site owner when it is
-- created or moved (a value written directly is replaced), and a site changing owner passes the new
-- one to its reports. FOR SHARE waits for a site owner change in progress, so that a report created
-- meanwhile never keeps the old owner.
-- The bodies are E-strings with \x3b for semicolons: the adapter splits scripts on every semicolon,
-- dollar quoting included.
CREATE FUNCTION "report_copy_site_owner"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN NEW."siteOwnerPartnerId" := (SELECT s."ownerPartnerId" FROM "Site" s WHERE s.id = NEW."siteId" FOR SHARE)\x3b RETURN NEW\x3b END\x3b';
CREATE TRIGGER "Report_copy_site_owner" BEFORE INSERT OR UPDATE OF "siteId", "siteOwnerPartnerId" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION "report_copy_site_owner"();

CREATE FUNCTION "site_owner_to_reports"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN UPDATE "Report" SET "siteOwnerPartnerId" = NEW."ownerPartnerId" WHERE "siteId" = NEW.id AND "siteOwnerPartnerId" IS DISTINCT FROM NEW."ownerPartnerId"\x3b RETURN NULL\x3b END\x3b';
CREATE TRIGGER "Site_owner_to_reports" AFTER UPDATE OF "ownerPartnerId" ON "Site"
  FOR EACH ROW WHEN (OLD."ownerPartnerId" IS DISTINCT FROM NEW."ownerPartnerId") EXECUTE FUNCTION "site_owner_to_reports"();

-- Backfill, after the triggers exist: a report written meanwhile is already right.
UPDATE "Report" r SET "siteOwnerPartnerId" = s."ownerPartnerId" FROM "Site" s WHERE s.id = r."siteId" AND s."ownerPartnerId" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Report_siteOwnerPartnerId_status_createdAt_idx" ON "Report"("siteOwnerPartnerId", "status", "createdAt" DESC);
