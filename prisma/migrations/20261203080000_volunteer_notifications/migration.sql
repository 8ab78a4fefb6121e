-- Volunteers are told about their missions in Mes notifications too, beside the mail
ALTER TYPE "NotificationKind" ADD VALUE 'VOLUNTEER_MISSION';
