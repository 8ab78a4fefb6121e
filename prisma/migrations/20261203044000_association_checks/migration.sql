-- The rules of membership, governance and volunteering that the database keeps whatever the code does.
-- Prisma schemas cannot state them and the Prisma diff ignores them, so they live here only.
-- They were first written in 20261203001334_membership_governance_volunteering and taken out again:
-- migrate dev crashed on every CHECK constraint (prisma/migrate-adapter.ts, workaround 3, now fixes that).
-- No apostrophe in these comments: the schema engine splits the script on them.
ALTER TABLE "MembershipFee" ADD CONSTRAINT "MembershipFee_amount_check" CHECK ("amountCents" >= 0);
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_fee_check" CHECK ("feeCents" >= 0);
ALTER TABLE "MembershipPayment" ADD CONSTRAINT "MembershipPayment_amount_check" CHECK ("amountCents" >= 0);
ALTER TABLE "MembershipPayment" ADD CONSTRAINT "MembershipPayment_receipt_check" CHECK ("receiptNumber" > 0);
ALTER TABLE "Member" ADD CONSTRAINT "Member_kind_check" CHECK ("kind" = 'PERSON' OR "partnerId" IS NOT NULL OR "representativeName" IS NOT NULL);
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_dates_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_dates_check" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_proxy_check" CHECK (("status" = 'REPRESENTED') = ("proxyHolderId" IS NOT NULL) AND "proxyHolderId" IS DISTINCT FROM "memberId");
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_votes_check" CHECK ("votesFor" >= 0 AND "votesAgainst" >= 0 AND "votesAbstain" >= 0);
ALTER TABLE "StatutesVersion" ADD CONSTRAINT "StatutesVersion_numbers_check" CHECK (
  "boardSeatsResidents" >= 0 AND "boardSeatsLocalAuthorities" >= 0 AND "boardSeatsSocialLandlords" >= 0 AND "boardSeatsSocioEconomic" >= 0
  AND "residentsMinSharePercent" BETWEEN 0 AND 100 AND "quorumAssemblyPercent" BETWEEN 0 AND 100
  AND "quorumBoardPercent" BETWEEN 0 AND 100 AND "quorumOtherPercent" BETWEEN 0 AND 100 AND "proxiesPerPerson" >= 0);
ALTER TABLE "VolunteerMission" ADD CONSTRAINT "VolunteerMission_check" CHECK ("places" > 0 AND "endsAt" > "startsAt");
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_rate_check" CHECK ("hourlyRateCents" >= 0);
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_minutes_check" CHECK ("minutes" > 0 AND "minutes" <= 1440);
