-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "contactConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "contactSharedWithPartnerId" TEXT;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_contactSharedWithPartnerId_fkey" FOREIGN KEY ("contactSharedWithPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
