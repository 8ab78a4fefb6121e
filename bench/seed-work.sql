-- The Régie's work for the benchmark (issue 11), on top of bench/seed.sql's partners, sites and
-- users: 10 teams, 100 employees, 50 contracts of 3 lines, 100,000 jobs over two years and the
-- coming four weeks, their assignees and time entries. Set-based SQL; readable, stable ids.
-- Jobs: line l = 1 + i % 150 (contract 1 + (l - 1) / 3), team 1 + l % 10, site of the line.
-- :hash is the shared password hash.
BEGIN;
INSERT INTO "Team" (id, name, "updatedAt")
SELECT 'bt' || t, 'Équipe ' || t, now() FROM generate_series(1, 10) t;

-- Employee j is in team 1 + j % 10; two thirds on insertion contracts.
INSERT INTO "Employee" (id, name, "contractType", "startsOn", "weeklyHours", "teamId", skills, "updatedAt")
SELECT 'bem' || j, 'Salarié ' || j,
       (CASE WHEN j % 3 < 2 THEN 'CDDI' WHEN j % 3 = 2 AND j % 2 = 0 THEN 'CDI' ELSE 'CDD' END)::"EmploymentContractType",
       date '2025-01-01' + (j % 300), 26, 'bt' || (1 + j % 10), ARRAY['propreté'], now()
FROM generate_series(1, 100) j;

-- The employee whose phone the bench opens: bem20, in team 1.
INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('bemployee', 'salarie@bench.test', 'Salarié Bench', :'hash', now());
INSERT INTO "RoleGrant" (id, "userId", role) VALUES ('bgemployee', 'bemployee', 'EMPLOYEE');
UPDATE "Employee" SET "userId" = 'bemployee' WHERE id = 'bem20';

-- 50 contracts: the first 45 active, for partners bp1..bp10 (bp1 is the bench's partner account's).
INSERT INTO "Contract" (id, reference, "partnerId", object, kind, "startsOn", "endsOn", "amountCents", status, "updatedAt")
SELECT 'bk' || c, 'BENCH-' || c, 'bp' || (1 + (c - 1) % 10), 'Entretien des parties communes ' || c,
       (ARRAY['PUBLIC_PROCUREMENT', 'AGREEMENT', 'WORK_ORDERS'])[1 + c % 3]::"ContractKind",
       current_date - 730, current_date + 365, 5000000 + c * 10000,
       (CASE WHEN c <= 45 THEN 'ACTIVE' WHEN c <= 48 THEN 'EXPIRED' ELSE 'DRAFT' END)::"ContractStatus", now()
FROM generate_series(1, 50) c;

INSERT INTO "ContractLine" (id, "contractId", task, unit, "unitPriceCents", recurrence, "startMinutes", "durationMinutes", "teamId", "sortOrder", "updatedAt")
SELECT 'bl' || l, 'bk' || (1 + (l - 1) / 3), 'Prestation ' || l,
       (ARRAY['PER_VISIT', 'HOURLY', 'FLAT'])[1 + l % 3]::"ServiceUnit", 4500 + l * 10,
       CASE WHEN l % 3 <> 0 THEN 'FREQ=WEEKLY;BYDAY=MO,TH' END, 480 + (l % 4) * 60, 90, 'bt' || (1 + l % 10), l % 3, now()
FROM generate_series(1, 150) l;

INSERT INTO "ContractLineSite" ("lineId", "siteId")
SELECT 'bl' || l, 'bs' || (1 + l % 80) FROM generate_series(1, 150) l;

-- 100,000 jobs from 730 days ago to 28 days ahead; past ones validated (9 in 10) or done, coming
-- ones planned or assigned; every job of line l at site 1 + l % 80.
INSERT INTO "WorkOrder" (id, origin, "contractId", "contractLineId", "partnerId", "siteId", task, "scheduledDate", "startMinutes",
                         "durationMinutes", "teamId", status, "assignedAt", "startedAt", "doneAt", "validatedAt", "createdAt", "updatedAt")
SELECT 'bw' || i, 'SCHEDULE', 'bk' || (1 + (l - 1) / 3), 'bl' || l, 'bp' || (1 + ((l - 1) / 3) % 10), 'bs' || (1 + l % 80),
       'Prestation ' || l, d, 480 + (l % 4) * 60, 90, 'bt' || (1 + l % 10),
       (CASE WHEN d >= current_date THEN (CASE WHEN i % 3 = 0 THEN 'PLANNED' ELSE 'ASSIGNED' END)
             WHEN i % 10 = 0 THEN 'DONE' ELSE 'VALIDATED' END)::"WorkOrderStatus",
       CASE WHEN d < current_date OR i % 3 <> 0 THEN d - 7 END,
       CASE WHEN d < current_date THEN d + interval '8 hours' END,
       CASE WHEN d < current_date THEN d + interval '10 hours' END,
       CASE WHEN d < current_date AND i % 10 <> 0 THEN d + interval '2 days' END,
       d - 14, now()
FROM generate_series(1, 100000) i, LATERAL (SELECT 1 + i % 150 AS l, current_date - 730 + (i % 759) AS d) x;

-- Two employees of the job's team on every assigned job: 10k + team - 1 (team t's members are the j with 1 + j % 10 = t).
INSERT INTO "WorkOrderAssignee" ("workOrderId", "employeeId")
SELECT w.id, 'bem' || (10 * k + ((substring(w."teamId" from 3)::int + 9) % 10))
FROM "WorkOrder" w, LATERAL (SELECT 1 + (substring(w.id from 3)::int % 8) AS k UNION ALL SELECT 9) ks
WHERE w.id LIKE 'bw%' AND w.status <> 'PLANNED' AND 10 * k + ((substring(w."teamId" from 3)::int + 9) % 10) BETWEEN 1 AND 100;

INSERT INTO "TimeEntry" (id, "employeeId", "workOrderId", date, minutes, "updatedAt")
SELECT 'bte' || a."workOrderId" || '-' || a."employeeId", a."employeeId", a."workOrderId", w."scheduledDate", 60 + (substring(w.id from 3)::int % 5) * 15, now()
FROM "WorkOrderAssignee" a JOIN "WorkOrder" w ON w.id = a."workOrderId"
WHERE w.id LIKE 'bw%' AND w.status IN ('DONE', 'VALIDATED');
COMMIT;
VACUUM ANALYZE "Team";
VACUUM ANALYZE "Employee";
VACUUM ANALYZE "Contract";
VACUUM ANALYZE "ContractLine";
VACUUM ANALYZE "WorkOrder";
VACUUM ANALYZE "WorkOrderAssignee";
VACUUM ANALYZE "TimeEntry";
