-- The association's own life for the benchmark (issue 12), on top of bench/seed.sql's users
-- (bu1..bu20000) and partners (bp1..bp10): 5,000 members over 10 years with their memberships,
-- payments and receipts; the bodies, the statutes, the mandates of each year; 500 meetings with
-- attendance, decisions and minutes; 2,000 volunteer missions with sign-ups and hours.
-- Set-based SQL with readable, stable ids.
BEGIN;

-- The ten years counted back from this one (Paris): y0 .. y0 + 9.
CREATE TEMP TABLE bench_years AS
SELECT extract(year FROM now() AT TIME ZONE 'Europe/Paris')::int - 9 AS y0,
       (now() AT TIME ZONE 'Europe/Paris')::date AS today;

INSERT INTO "MembershipFee" (id, year, college, "amountCents", "updatedAt")
SELECT 'bfee' || y || '-' || c, y, c::"College", CASE c WHEN 'RESIDENTS' THEN 500 + (y - y0) * 50 ELSE 5000 END, now()
FROM bench_years, generate_series(y0, y0 + 9) y, unnest(ARRAY['RESIDENTS', 'LOCAL_AUTHORITIES', 'SOCIAL_LANDLORDS', 'SOCIO_ECONOMIC_PARTNERS']) c;

-- Members: bm1..bm4950 are residents bu1..bu4950 (one in ten in the socio-economic college);
-- bm4951..bm5000 organisations with a representative (the first ten are the partners bp1..bp10).
INSERT INTO "Member" (id, kind, "userId", "partnerId", name, "representativeName", email, "updatedAt")
SELECT 'bm' || m, 'PERSON', 'bu' || m, NULL, 'Habitant ' || m, NULL, 'habitant' || m || '@bench.test', now()
FROM generate_series(1, 4950) m;
INSERT INTO "Member" (id, kind, "userId", "partnerId", name, "representativeName", email, "updatedAt")
SELECT 'bm' || m, 'ORGANISATION', NULL, CASE WHEN m <= 4960 THEN 'bp' || (m - 4950) END, 'Organisation ' || m, 'Représentant ' || m,
       'organisation' || m || '@bench.test', now()
FROM generate_series(4951, 5000) m;

-- Member m joins in year y0 + m % 10 and renews for m % 4 more years (within the ten): about
-- 12,000 memberships. Past years are paid; this year 80 % paid, 15 % waiting, 5 % cancelled.
INSERT INTO "Membership" (id, "memberId", year, college, "feeCents", status, source, "activatedAt", "cancelledAt", "updatedAt", "createdAt")
SELECT 'bms' || m || '-' || y, 'bm' || m, y, college::"College", f."amountCents",
       (CASE WHEN y < y0 + 9 OR m % 20 < 16 THEN 'ACTIVE' WHEN m % 20 < 19 THEN 'PENDING' ELSE 'CANCELLED' END)::"MembershipStatus",
       (CASE WHEN m % 3 = 0 THEN 'ONLINE' ELSE 'PAPER' END)::"MembershipSource",
       CASE WHEN y < y0 + 9 OR m % 20 < 16 THEN make_date(y, 1, 1) + (m % 28) END,
       CASE WHEN y = y0 + 9 AND m % 20 = 19 THEN make_date(y, 1, 1) + (m % 28) END,
       now(), make_date(y, 1, 1) + (m % 28)
FROM bench_years,
     generate_series(1, 5000) m,
     LATERAL (SELECT CASE WHEN m > 4950 THEN (ARRAY['LOCAL_AUTHORITIES', 'SOCIAL_LANDLORDS', 'SOCIO_ECONOMIC_PARTNERS'])[1 + m % 3]
                          WHEN m % 10 = 0 THEN 'SOCIO_ECONOMIC_PARTNERS' ELSE 'RESIDENTS' END AS college) c,
     LATERAL generate_series(y0 + m % 10, least(y0 + 9, y0 + m % 10 + m % 4)) y,
     LATERAL (SELECT "amountCents" FROM "MembershipFee" WHERE year = y AND college = c.college::"College") f;

-- Receipts numbered 1, 2, 3… per year in the order of payment.
INSERT INTO "MembershipPayment" (id, "membershipId", "amountCents", method, "paidOn", "recordedById", "receiptYear", "receiptNumber")
SELECT 'bpay' || substring(ms.id from 4), ms.id, ms."feeCents",
       (ARRAY['CASH', 'CHEQUE', 'TRANSFER', 'CARD'])[1 + (row_number() OVER w) % 4]::"PaymentMethod",
       ms."activatedAt"::date, 'bstaff', ms.year, row_number() OVER w
FROM "Membership" ms
WHERE ms.id LIKE 'bms%' AND ms.status = 'ACTIVE'
WINDOW w AS (PARTITION BY ms.year ORDER BY ms."activatedAt", ms.id);
INSERT INTO "ReceiptCounter" (year, last)
SELECT "receiptYear", max("receiptNumber") FROM "MembershipPayment" WHERE id LIKE 'bpay%' GROUP BY 1;

-- The bodies and the statutes (one version, ten years old).
INSERT INTO "GovernanceBody" (id, kind, name, "sortOrder", "updatedAt") VALUES
  ('bgb-ag', 'GENERAL_ASSEMBLY', 'Assemblée générale (bench)', 1, now()),
  ('bgb-ca', 'BOARD', 'Conseil d''administration (bench)', 2, now()),
  ('bgb-bu', 'BUREAU', 'Bureau (bench)', 3, now()),
  ('bgb-c1', 'COMMISSION', 'Commission cadre de vie (bench)', 4, now()),
  ('bgb-c2', 'COMMISSION', 'Commission emploi (bench)', 5, now());
INSERT INTO "StatutesVersion" (id, "effectiveFrom", "boardSeatsResidents", "boardSeatsLocalAuthorities", "boardSeatsSocialLandlords",
                               "boardSeatsSocioEconomic", "residentsMinSharePercent", "quorumAssemblyPercent", "quorumBoardPercent",
                               "quorumOtherPercent", "proxiesPerPerson", "createdById")
SELECT 'bstat1', make_date(y0, 1, 1), 12, 2, 2, 3, 50, 25, 50, 50, 1, 'bstaff' FROM bench_years;

-- Each year's board: 12 residents, 2 + 2 + 3 organisations, among that year's paid members;
-- seats 1 to 4 hold the single positions. The mandates run the calendar year (this year's stay open).
INSERT INTO "Mandate" (id, "memberId", "bodyId", college, position, "startsOn", "endsOn", "showNamePublicly", "updatedAt")
SELECT 'bmd' || y || '-' || seat, "memberId", 'bgb-ca', college,
       (CASE seat WHEN 1 THEN 'PRESIDENT' WHEN 2 THEN 'VICE_PRESIDENT' WHEN 3 THEN 'TREASURER' WHEN 4 THEN 'SECRETARY' ELSE 'MEMBER' END)::"MandatePosition",
       make_date(y, 1, 1), CASE WHEN y < y0 + 9 THEN make_date(y, 12, 31) END, seat % 2 = 0, now()
FROM (
  SELECT ms.year AS y, ms."memberId", ms.college,
         row_number() OVER (PARTITION BY ms.year ORDER BY ms.college, ms."memberId") AS seat
  FROM "Membership" ms, bench_years
  WHERE ms.id LIKE 'bms%' AND ms.status = 'ACTIVE'
    AND ms.id IN (
      SELECT id FROM (
        SELECT id, college, row_number() OVER (PARTITION BY year, college ORDER BY "memberId") AS k FROM "Membership"
        WHERE id LIKE 'bms%' AND status = 'ACTIVE'
      ) ranked
      WHERE k <= CASE college WHEN 'RESIDENTS' THEN 12 WHEN 'SOCIO_ECONOMIC_PARTNERS' THEN 3 ELSE 2 END
    )
) board, bench_years;

-- The board member the bench signs in as: this year's secretary's account gets the role.
INSERT INTO "RoleGrant" (id, "userId", role)
SELECT 'bgboard', m."userId", 'BOARD_MEMBER' FROM "Mandate" d JOIN "Member" m ON m.id = d."memberId", bench_years
WHERE d."bodyId" = 'bgb-ca' AND d.position = 'SECRETARY' AND d."startsOn" = make_date(y0 + 9, 1, 1) AND m."userId" IS NOT NULL
LIMIT 1;

-- 500 meetings over the ten years: 300 of the board, 120 of the bureau, 10 general assemblies,
-- 70 of the commissions. Past ones held, with minutes (published but the last few); 5 to come.
INSERT INTO "Meeting" (id, "bodyId", "startsAt", place, agenda, status, "convenedAt", "heldAt", minutes, "minutesStatus", "minutesPublishedAt", "updatedAt")
SELECT 'bmt' || i, b.body, starts, 'Salle polyvalente, 12 place du Marché',
       E'Approbation du compte rendu précédent\nPoint sur les chantiers\nQuestions diverses',
       (CASE WHEN starts > now() THEN 'CONVENED' ELSE 'HELD' END)::"MeetingStatus",
       starts - interval '15 days', CASE WHEN starts <= now() THEN starts END,
       CASE WHEN starts <= now() THEN repeat('Le conseil a examiné les points de l''ordre du jour. ', 20) END,
       (CASE WHEN starts > now() THEN 'NONE' WHEN starts > now() - interval '60 days' THEN 'DRAFT' ELSE 'PUBLISHED' END)::"MinutesStatus",
       CASE WHEN starts <= now() - interval '60 days' THEN starts + interval '40 days' END, now()
FROM bench_years,
     (VALUES ('bgb-ca', 300, 0), ('bgb-bu', 120, 300), ('bgb-ag', 10, 420), ('bgb-c1', 35, 430), ('bgb-c2', 35, 465)) b(body, n, base),
     generate_series(1, b.n) j,
     -- Each body's meetings spread evenly over the ten years, the last ones a few weeks ahead.
     LATERAL (SELECT b.base + j AS i,
                     CASE WHEN b.body = 'bgb-ag' THEN make_date(y0 + j - 1, 6, 15) + time '18:00'
                          ELSE make_date(y0, 1, 10) + time '18:30' + (j * 3660 / b.n) * interval '1 day' END AS starts) s;

-- The board's attendance: the year's board members, most present, some represented by the
-- president (seat 1), a few excused.
INSERT INTO "MeetingAttendance" ("meetingId", "memberId", status, "proxyHolderId", "updatedAt")
SELECT mt.id, d."memberId",
       (CASE WHEN r % 7 = 3 AND NOT president THEN 'REPRESENTED' WHEN r % 7 = 5 THEN 'EXCUSED' ELSE 'PRESENT' END)::"AttendanceStatus",
       CASE WHEN r % 7 = 3 AND NOT president THEN (SELECT "memberId" FROM "Mandate" p WHERE p.id = 'bmd' || extract(year FROM d."startsOn") || '-1') END,
       now()
FROM "Meeting" mt
JOIN "Mandate" d ON d."bodyId" = 'bgb-ca' AND d."startsOn" <= mt."startsAt"::date AND (d."endsOn" IS NULL OR d."endsOn" >= mt."startsAt"::date)
CROSS JOIN LATERAL (SELECT substring(d.id from '-(\d+)$')::int + substring(mt.id from 4)::int AS r, d.position = 'PRESIDENT' AS president) x
WHERE mt.id LIKE 'bmt%' AND mt."bodyId" = 'bgb-ca' AND mt.status = 'HELD';

-- Three decisions per held meeting of the board, the bureau or an assembly.
INSERT INTO "Decision" (id, "meetingId", number, title, text, "votesFor", "votesAgainst", "votesAbstain", outcome)
SELECT 'bdc' || substring(mt.id from 4) || '-' || n, mt.id, n, 'Délibération ' || n, 'Le conseil approuve la proposition présentée.',
       12 + n, n % 3, 1, (CASE WHEN n = 3 AND substring(mt.id from 4)::int % 9 = 0 THEN 'REJECTED' ELSE 'ADOPTED' END)::"DecisionOutcome"
FROM "Meeting" mt, generate_series(1, 3) n
WHERE mt.id LIKE 'bmt%' AND mt.status = 'HELD' AND mt."bodyId" IN ('bgb-ca', 'bgb-bu', 'bgb-ag');

-- Volunteering: 5 activities, 300 volunteers (bu5001..bu5300), 2,000 missions over four years
-- and the coming weeks, 5 sign-ups each, and the hours of the past ones.
INSERT INTO "VolunteerActivity" (id, name, "hourlyRateCents", "updatedAt") VALUES
  ('bva1', 'Animation (bench)', 1500, now()), ('bva2', 'Jardinage partagé (bench)', 1300, now()),
  ('bva3', 'Accompagnement scolaire (bench)', 1800, now()), ('bva4', 'Fête de quartier (bench)', 1300, now()),
  ('bva5', 'Aide administrative (bench)', 1600, now());
INSERT INTO "VolunteerProfile" ("userId", skills, availability, "updatedAt")
SELECT 'bu' || v, ARRAY['animation', 'bricolage'], 'Le samedi', now() FROM generate_series(5001, 5300) v;
INSERT INTO "RoleGrant" (id, "userId", role) SELECT 'bgvol' || v, 'bu' || v, 'VOLUNTEER' FROM generate_series(5001, 5300) v;

INSERT INTO "VolunteerMission" (id, title, "activityId", "startsAt", "endsAt", place, places, status, "updatedAt")
SELECT 'bvm' || i, 'Mission ' || i, 'bva' || (1 + i % 5), starts, starts + interval '3 hours', 'Maison du quartier', 6,
       (CASE WHEN i % 50 = 0 THEN 'CANCELLED' ELSE 'OPEN' END)::"MissionStatus", now()
FROM bench_years, generate_series(1, 2000) i,
     LATERAL (SELECT (bench_years.today - 1430 + (i * 1460 / 2000))::timestamp + time '14:00' AS starts) s;

INSERT INTO "MissionSignup" (id, "missionId", "userId", status, "updatedAt")
SELECT 'bvs' || i || '-' || k, 'bvm' || i, 'bu' || (5001 + (i * 7 + k * 61) % 300),
       (CASE WHEN k <= 5 THEN 'CONFIRMED' ELSE 'WAITLISTED' END)::"SignupStatus", now()
FROM generate_series(1, 2000) i, generate_series(1, 5) k;

INSERT INTO "VolunteerHours" (id, "userId", "missionId", "activityId", day, minutes, status, "enteredById", "reviewedById", "reviewedAt", "updatedAt")
SELECT 'bvh' || substring(s.id from 4), s."userId", s."missionId", mi."activityId", mi."startsAt"::date, 180,
       (CASE WHEN mi."startsAt" > now() - interval '30 days' THEN 'SUBMITTED' ELSE 'VALIDATED' END)::"HoursStatus",
       s."userId", CASE WHEN mi."startsAt" <= now() - interval '30 days' THEN 'bstaff' END,
       CASE WHEN mi."startsAt" <= now() - interval '30 days' THEN mi."startsAt" + interval '7 days' END, now()
FROM "MissionSignup" s JOIN "VolunteerMission" mi ON mi.id = s."missionId"
WHERE s.id LIKE 'bvs%' AND mi."startsAt" < now() AND mi.status = 'OPEN';
COMMIT;
VACUUM ANALYZE "Member";
VACUUM ANALYZE "Membership";
VACUUM ANALYZE "MembershipPayment";
VACUUM ANALYZE "Mandate";
VACUUM ANALYZE "Meeting";
VACUUM ANALYZE "MeetingAttendance";
VACUUM ANALYZE "Decision";
VACUUM ANALYZE "VolunteerMission";
VACUUM ANALYZE "MissionSignup";
VACUUM ANALYZE "VolunteerHours";
