-- AlterTable
ALTER TABLE "OutboundMail" ADD COLUMN     "calendar" TEXT;

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('GENERAL_ASSEMBLY', 'BOARD', 'BUREAU', 'COMMISSION');

-- CreateEnum
CREATE TYPE "MandatePosition" AS ENUM ('PRESIDENT', 'VICE_PRESIDENT', 'TREASURER', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'CONVENED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('NONE', 'DRAFT', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'REPRESENTED', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADOPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "College" AS ENUM ('RESIDENTS', 'LOCAL_AUTHORITIES', 'SOCIAL_LANDLORDS', 'SOCIO_ECONOMIC_PARTNERS');

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('PENDING', 'ACTIVE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MembershipSource" AS ENUM ('ONLINE', 'PAPER');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CASH', 'CHEQUE', 'TRANSFER', 'CARD');

-- CreateEnum
CREATE TYPE "MissionStatus" AS ENUM ('OPEN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "HoursStatus" AS ENUM ('SUBMITTED', 'VALIDATED', 'REFUSED');

-- CreateTable
CREATE TABLE "GovernanceBody" (
    "id" TEXT NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GovernanceBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatutesVersion" (
    "id" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "boardSeatsResidents" INTEGER NOT NULL,
    "boardSeatsLocalAuthorities" INTEGER NOT NULL,
    "boardSeatsSocialLandlords" INTEGER NOT NULL,
    "boardSeatsSocioEconomic" INTEGER NOT NULL,
    "residentsMinSharePercent" INTEGER NOT NULL,
    "quorumAssemblyPercent" INTEGER NOT NULL,
    "quorumBoardPercent" INTEGER NOT NULL,
    "quorumOtherPercent" INTEGER NOT NULL,
    "proxiesCountForQuorum" BOOLEAN NOT NULL DEFAULT true,
    "proxiesPerPerson" INTEGER NOT NULL,
    "flagEmployeeMandates" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatutesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandate" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "college" "College" NOT NULL,
    "position" "MandatePosition" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "showNamePublicly" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "convenedAt" TIMESTAMPTZ(3),
    "heldAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "minutes" TEXT,
    "minutesStatus" "MinutesStatus" NOT NULL DEFAULT 'NONE',
    "minutesApprovedAtId" TEXT,
    "minutesPublishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "proxyHolderId" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL,
    "votesAbstain" INTEGER NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocument" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipFee" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "college" "College" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MembershipFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "kind" "MemberKind" NOT NULL,
    "userId" TEXT,
    "partnerId" TEXT,
    "name" TEXT NOT NULL,
    "representativeName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "college" "College" NOT NULL,
    "feeCents" INTEGER NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'PENDING',
    "source" "MembershipSource" NOT NULL,
    "createdById" TEXT,
    "activatedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipPayment" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "paidOn" DATE NOT NULL,
    "recordedById" TEXT,
    "receiptYear" INTEGER NOT NULL,
    "receiptNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReceiptCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "VolunteerProfile" (
    "userId" TEXT NOT NULL,
    "skills" TEXT[],
    "availability" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "VolunteerActivity" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerMission" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "activityId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "places" INTEGER NOT NULL,
    "status" "MissionStatus" NOT NULL DEFAULT 'OPEN',
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "reminderSentAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerMission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionSignup" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MissionSignup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerHours" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "missionId" TEXT,
    "activityId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "status" "HoursStatus" NOT NULL DEFAULT 'SUBMITTED',
    "enteredById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "refusalReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerHours_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceBody_name_key" ON "GovernanceBody"("name");

-- CreateIndex
CREATE INDEX "GovernanceBody_kind_archivedAt_idx" ON "GovernanceBody"("kind", "archivedAt");

-- CreateIndex
CREATE INDEX "StatutesVersion_effectiveFrom_idx" ON "StatutesVersion"("effectiveFrom");

-- CreateIndex
CREATE INDEX "Mandate_bodyId_startsOn_endsOn_idx" ON "Mandate"("bodyId", "startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "Mandate_memberId_idx" ON "Mandate"("memberId");

-- CreateIndex
CREATE INDEX "Mandate_endsOn_idx" ON "Mandate"("endsOn");

-- CreateIndex
CREATE INDEX "Meeting_bodyId_startsAt_idx" ON "Meeting"("bodyId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_minutesStatus_startsAt_idx" ON "Meeting"("minutesStatus", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingAttendance_proxyHolderId_idx" ON "MeetingAttendance"("proxyHolderId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_meetingId_number_key" ON "Decision"("meetingId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDocument_storageKey_key" ON "MeetingDocument"("storageKey");

-- CreateIndex
CREATE INDEX "MeetingDocument_meetingId_createdAt_idx" ON "MeetingDocument"("meetingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipFee_year_college_key" ON "MembershipFee"("year", "college");

-- CreateIndex
CREATE INDEX "Member_userId_idx" ON "Member"("userId");

-- CreateIndex
CREATE INDEX "Member_partnerId_idx" ON "Member"("partnerId");

-- CreateIndex
CREATE INDEX "Member_name_idx" ON "Member"("name");

-- CreateIndex
CREATE INDEX "Membership_year_status_college_idx" ON "Membership"("year", "status", "college");

-- CreateIndex
CREATE INDEX "Membership_status_year_idx" ON "Membership"("status", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_memberId_year_key" ON "Membership"("memberId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipPayment_membershipId_key" ON "MembershipPayment"("membershipId");

-- CreateIndex
CREATE INDEX "MembershipPayment_paidOn_idx" ON "MembershipPayment"("paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipPayment_receiptYear_receiptNumber_key" ON "MembershipPayment"("receiptYear", "receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerActivity_name_key" ON "VolunteerActivity"("name");

-- CreateIndex
CREATE INDEX "VolunteerMission_status_startsAt_idx" ON "VolunteerMission"("status", "startsAt");

-- CreateIndex
CREATE INDEX "VolunteerMission_startsAt_idx" ON "VolunteerMission"("startsAt");

-- CreateIndex
CREATE INDEX "MissionSignup_userId_status_idx" ON "MissionSignup"("userId", "status");

-- CreateIndex
CREATE INDEX "MissionSignup_missionId_status_createdAt_idx" ON "MissionSignup"("missionId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MissionSignup_missionId_userId_key" ON "MissionSignup"("missionId", "userId");

-- CreateIndex
CREATE INDEX "VolunteerHours_userId_day_idx" ON "VolunteerHours"("userId", "day");

-- CreateIndex
CREATE INDEX "VolunteerHours_status_day_idx" ON "VolunteerHours"("status", "day");

-- CreateIndex
CREATE INDEX "VolunteerHours_day_idx" ON "VolunteerHours"("day");

-- AddForeignKey
ALTER TABLE "StatutesVersion" ADD CONSTRAINT "StatutesVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_minutesApprovedAtId_fkey" FOREIGN KEY ("minutesApprovedAtId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_proxyHolderId_fkey" FOREIGN KEY ("proxyHolderId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipPayment" ADD CONSTRAINT "MembershipPayment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipPayment" ADD CONSTRAINT "MembershipPayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMission" ADD CONSTRAINT "VolunteerMission_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "VolunteerActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMission" ADD CONSTRAINT "VolunteerMission_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSignup" ADD CONSTRAINT "MissionSignup_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "VolunteerMission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSignup" ADD CONSTRAINT "MissionSignup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "VolunteerMission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "VolunteerActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
