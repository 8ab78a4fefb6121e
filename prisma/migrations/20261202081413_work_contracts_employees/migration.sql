-- Partners and territory become editable (archiving, versions, contacts, invitations, sub-types
-- from a list staff extend), and the Régie's work arrives: service contracts and their lines,
-- teams, employees, absences, work orders, their photos, timeline and time entries.
-- Partner.label becomes a PartnerSubtype: every label in use is kept as a sub-type (at the end).
-- CreateEnum
CREATE TYPE "ContractKind" AS ENUM ('PUBLIC_PROCUREMENT', 'AGREEMENT', 'WORK_ORDERS');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('DRAFT', 'ACTIVE', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ServiceUnit" AS ENUM ('PER_VISIT', 'HOURLY', 'FLAT');

-- CreateEnum
CREATE TYPE "EmploymentContractType" AS ENUM ('CDDI', 'CDI', 'CDD', 'APPRENTICESHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('LEAVE', 'SICKNESS', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "WorkOrderStatus" AS ENUM ('PLANNED', 'ASSIGNED', 'IN_PROGRESS', 'DONE', 'VALIDATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WorkOrderOrigin" AS ENUM ('SCHEDULE', 'PARTNER_ORDER', 'STAFF', 'REPORT');

-- CreateEnum
CREATE TYPE "WorkOrderEventKind" AS ENUM ('CREATED', 'STATUS_CHANGED', 'RESCHEDULED', 'ASSIGNED', 'COMMENT');

-- CreateEnum
CREATE TYPE "WorkOrderPhotoKind" AS ENUM ('BEFORE', 'AFTER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'WORK_ORDER_DONE';
ALTER TYPE "NotificationKind" ADD VALUE 'WORK_ORDER_STATUS';

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Building" ADD COLUMN     "accessNotes" TEXT,
ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Entrance" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "workOrderId" TEXT;

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "address" TEXT,
ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "subtypeId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "accessNotes" TEXT,
ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "object" TEXT NOT NULL,
    "kind" "ContractKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "amountCents" INTEGER,
    "status" "ContractStatus" NOT NULL DEFAULT 'DRAFT',
    "internalNote" TEXT,
    "activatedAt" TIMESTAMPTZ(3),
    "expiredAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractLine" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "description" TEXT,
    "unit" "ServiceUnit" NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "recurrence" TEXT,
    "startMinutes" INTEGER,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "teamId" TEXT,
    "generatedUntil" DATE,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContractLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractLineSite" (
    "lineId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,

    CONSTRAINT "ContractLineSite_pkey" PRIMARY KEY ("lineId","siteId")
);

-- CreateTable
CREATE TABLE "ContractDocument" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "contractType" "EmploymentContractType" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "weeklyHours" DOUBLE PRECISION NOT NULL,
    "teamId" TEXT,
    "skills" TEXT[],
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "kind" "AbsenceKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "workOrderId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "enteredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerSubtype" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerSubtype_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "userId" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerInvitation" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrder" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "origin" "WorkOrderOrigin" NOT NULL,
    "contractId" TEXT,
    "contractLineId" TEXT,
    "partnerId" TEXT,
    "reportId" TEXT,
    "siteId" TEXT,
    "buildingId" TEXT,
    "address" TEXT,
    "task" TEXT NOT NULL,
    "description" TEXT,
    "scheduledDate" DATE NOT NULL,
    "startMinutes" INTEGER,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "occurrenceDate" DATE,
    "teamId" TEXT,
    "status" "WorkOrderStatus" NOT NULL DEFAULT 'PLANNED',
    "internalNote" TEXT,
    "completionNote" TEXT,
    "completionKey" TEXT,
    "sentBackComment" TEXT,
    "cancelReason" TEXT,
    "assignedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "validatedAt" TIMESTAMPTZ(3),
    "sentBackAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrderAssignee" (
    "workOrderId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkOrderAssignee_pkey" PRIMARY KEY ("workOrderId","employeeId")
);

-- CreateTable
CREATE TABLE "WorkOrderEvent" (
    "id" TEXT NOT NULL,
    "workOrderId" TEXT NOT NULL,
    "kind" "WorkOrderEventKind" NOT NULL,
    "fromStatus" "WorkOrderStatus",
    "toStatus" "WorkOrderStatus",
    "comment" TEXT,
    "visibility" "EventVisibility" NOT NULL DEFAULT 'INTERNAL',
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkOrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrderPhoto" (
    "id" TEXT NOT NULL,
    "workOrderId" TEXT NOT NULL,
    "kind" "WorkOrderPhotoKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "clientKey" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkOrderPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contract_reference_key" ON "Contract"("reference");

-- CreateIndex
CREATE INDEX "Contract_partnerId_status_idx" ON "Contract"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Contract_status_endsOn_idx" ON "Contract"("status", "endsOn");

-- CreateIndex
CREATE INDEX "ContractLine_contractId_sortOrder_idx" ON "ContractLine"("contractId", "sortOrder");

-- CreateIndex
CREATE INDEX "ContractLine_teamId_idx" ON "ContractLine"("teamId");

-- CreateIndex
CREATE INDEX "ContractLineSite_siteId_idx" ON "ContractLineSite"("siteId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractDocument_storageKey_key" ON "ContractDocument"("storageKey");

-- CreateIndex
CREATE INDEX "ContractDocument_contractId_createdAt_idx" ON "ContractDocument"("contractId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_userId_key" ON "Employee"("userId");

-- CreateIndex
CREATE INDEX "Employee_teamId_archivedAt_idx" ON "Employee"("teamId", "archivedAt");

-- CreateIndex
CREATE INDEX "Employee_archivedAt_name_idx" ON "Employee"("archivedAt", "name");

-- CreateIndex
CREATE INDEX "Absence_employeeId_startsOn_idx" ON "Absence"("employeeId", "startsOn");

-- CreateIndex
CREATE INDEX "Absence_startsOn_endsOn_idx" ON "Absence"("startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "TimeEntry_employeeId_date_idx" ON "TimeEntry"("employeeId", "date");

-- CreateIndex
CREATE INDEX "TimeEntry_date_idx" ON "TimeEntry"("date");

-- CreateIndex
CREATE UNIQUE INDEX "TimeEntry_workOrderId_employeeId_key" ON "TimeEntry"("workOrderId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerSubtype_name_key" ON "PartnerSubtype"("name");

-- CreateIndex
CREATE INDEX "PartnerContact_partnerId_archivedAt_idx" ON "PartnerContact"("partnerId", "archivedAt");

-- CreateIndex
CREATE INDEX "PartnerContact_userId_idx" ON "PartnerContact"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInvitation_tokenHash_key" ON "PartnerInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PartnerInvitation_contactId_idx" ON "PartnerInvitation"("contactId");

-- CreateIndex
CREATE INDEX "PartnerInvitation_partnerId_idx" ON "PartnerInvitation"("partnerId");

-- CreateIndex
CREATE INDEX "PartnerInvitation_expiresAt_idx" ON "PartnerInvitation"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_number_key" ON "WorkOrder"("number");

-- CreateIndex
CREATE INDEX "WorkOrder_teamId_scheduledDate_idx" ON "WorkOrder"("teamId", "scheduledDate");

-- CreateIndex
CREATE INDEX "WorkOrder_scheduledDate_status_idx" ON "WorkOrder"("scheduledDate", "status");

-- CreateIndex
CREATE INDEX "WorkOrder_partnerId_status_scheduledDate_idx" ON "WorkOrder"("partnerId", "status", "scheduledDate");

-- CreateIndex
CREATE INDEX "WorkOrder_contractId_scheduledDate_idx" ON "WorkOrder"("contractId", "scheduledDate");

-- CreateIndex
CREATE INDEX "WorkOrder_contractLineId_scheduledDate_idx" ON "WorkOrder"("contractLineId", "scheduledDate");

-- CreateIndex
CREATE INDEX "WorkOrder_reportId_idx" ON "WorkOrder"("reportId");

-- CreateIndex
CREATE INDEX "WorkOrder_siteId_scheduledDate_idx" ON "WorkOrder"("siteId", "scheduledDate");

-- CreateIndex
CREATE INDEX "WorkOrder_buildingId_idx" ON "WorkOrder"("buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_contractLineId_siteId_occurrenceDate_key" ON "WorkOrder"("contractLineId", "siteId", "occurrenceDate");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_createdById_idempotencyKey_key" ON "WorkOrder"("createdById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "WorkOrderAssignee_employeeId_workOrderId_idx" ON "WorkOrderAssignee"("employeeId", "workOrderId");

-- CreateIndex
CREATE INDEX "WorkOrderEvent_workOrderId_createdAt_idx" ON "WorkOrderEvent"("workOrderId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkOrderEvent_actorId_createdAt_idx" ON "WorkOrderEvent"("actorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrderPhoto_storageKey_key" ON "WorkOrderPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "WorkOrderPhoto_workOrderId_kind_idx" ON "WorkOrderPhoto"("workOrderId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrderPhoto_workOrderId_clientKey_key" ON "WorkOrderPhoto"("workOrderId", "clientKey");

-- CreateIndex
CREATE INDEX "Notification_workOrderId_idx" ON "Notification"("workOrderId");

-- CreateIndex
CREATE INDEX "Partner_archivedAt_name_idx" ON "Partner"("archivedAt", "name");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractLine" ADD CONSTRAINT "ContractLine_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractLine" ADD CONSTRAINT "ContractLine_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractLineSite" ADD CONSTRAINT "ContractLineSite_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "ContractLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractLineSite" ADD CONSTRAINT "ContractLineSite_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractDocument" ADD CONSTRAINT "ContractDocument_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractDocument" ADD CONSTRAINT "ContractDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_subtypeId_fkey" FOREIGN KEY ("subtypeId") REFERENCES "PartnerSubtype"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "PartnerContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_contractLineId_fkey" FOREIGN KEY ("contractLineId") REFERENCES "ContractLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderAssignee" ADD CONSTRAINT "WorkOrderAssignee_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderAssignee" ADD CONSTRAINT "WorkOrderAssignee_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderEvent" ADD CONSTRAINT "WorkOrderEvent_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderEvent" ADD CONSTRAINT "WorkOrderEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderPhoto" ADD CONSTRAINT "WorkOrderPhoto_workOrderId_fkey" FOREIGN KEY ("workOrderId") REFERENCES "WorkOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderPhoto" ADD CONSTRAINT "WorkOrderPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The sub-types a Régie starts with, then every label already in use, then the link and the old column.
INSERT INTO "PartnerSubtype" ("id", "name", "kind", "sortOrder") VALUES
  ('subtype_commune', 'Commune', 'LOCAL_AUTHORITY', 10),
  ('subtype_intercommunalite', 'Intercommunalité', 'LOCAL_AUTHORITY', 20),
  ('subtype_departement', 'Département', 'LOCAL_AUTHORITY', 30),
  ('subtype_bailleur_social', 'Bailleur social', 'SOCIAL_LANDLORD', 40),
  ('subtype_plie', 'PLIE', 'SOCIO_ECONOMIC', 50),
  ('subtype_mission_locale', 'Mission locale', 'SOCIO_ECONOMIC', 60),
  ('subtype_maison_emploi', 'Maison de l''Emploi', 'SOCIO_ECONOMIC', 70),
  ('subtype_centre_social', 'Centre social', 'SOCIO_ECONOMIC', 80),
  ('subtype_association', 'Association', 'SOCIO_ECONOMIC', 90),
  ('subtype_entreprise', 'Entreprise', 'SOCIO_ECONOMIC', 100)
ON CONFLICT ("name") DO NOTHING;

INSERT INTO "PartnerSubtype" ("id", "name", "kind", "sortOrder")
SELECT 'subtype_' || md5("label"), "label", min("kind"::text)::"PartnerKind", 1000
FROM "Partner" WHERE "label" IS NOT NULL AND btrim("label") <> ''
GROUP BY "label"
ON CONFLICT ("name") DO NOTHING;

UPDATE "Partner" p SET "subtypeId" = s."id" FROM "PartnerSubtype" s WHERE s."name" = p."label";

ALTER TABLE "Partner" DROP COLUMN "label";
