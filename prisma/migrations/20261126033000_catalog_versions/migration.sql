-- Staff edit report categories and response templates: a version per row, checked on every
-- edit so that two people editing the same one at once cannot overwrite each other.
-- AlterTable
ALTER TABLE "ReportCategory" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ResponseTemplate" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
