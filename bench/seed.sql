-- A large Régie for the benchmark, written with set-based SQL (no row-by-row inserts).
-- :hash is the one shared password hash. Ids are readable and stable ("bu<n>", "br<n>").
BEGIN;
INSERT INTO "Partner" (id, name, kind, "updatedAt")
SELECT 'bp' || i, 'Partenaire ' || i, (CASE WHEN i <= 6 THEN 'SOCIAL_LANDLORD' WHEN i <= 8 THEN 'LOCAL_AUTHORITY' ELSE 'SOCIO_ECONOMIC' END)::"PartnerKind", now()
FROM generate_series(1, 10) i;

INSERT INTO "Area" (id, name) SELECT 'ba' || i, 'Secteur ' || i FROM generate_series(1, 8) i;

INSERT INTO "Site" (id, "areaId", name, kind, address, latitude, longitude, "ownerPartnerId")
SELECT 'bs' || i, 'ba' || (1 + i % 8), 'Résidence ' || i, 'RESIDENCE', i || ' avenue du Bench',
       48.80 + (i % 20) * 0.002, 2.30 + (i / 20) * 0.003, CASE WHEN i % 10 < 8 THEN 'bp' || (1 + i % 6) END
FROM generate_series(1, 80) i;

INSERT INTO "Building" (id, "siteId", name, address, latitude, longitude)
SELECT 'bb' || i, 'bs' || (1 + i % 80), 'Bâtiment ' || i, i || ' rue du Bench', 48.80 + (i % 40) * 0.001, 2.30 + (i / 40) * 0.0015
FROM generate_series(1, 400) i;

INSERT INTO "Entrance" (id, "buildingId", name)
SELECT 'be' || i, 'bb' || (1 + i % 400), 'Entrée ' || i FROM generate_series(1, 1200) i;

INSERT INTO "ReportCategory" (id, name, slug, guidance, "isDanger", "sortOrder", "updatedAt")
SELECT 'bc' || i, (ARRAY['Propreté','Encombrants','Éclairage','Ascenseur','Espaces verts','Tags','Sécurité','Stationnement'])[i],
       'bench-' || i, 'Décrivez le problème.', i = 7, i, now()
FROM generate_series(1, 8) i;

INSERT INTO "User" (id, email, name, phone, "passwordHash", "entranceId", "privacyConsentAt", "updatedAt")
SELECT 'bu' || i, 'habitant' || i || '@bench.test', 'Habitant ' || i, '06' || lpad(i::text, 8, '0'), :'hash', 'be' || (1 + i % 1200), now(), now()
FROM generate_series(1, 20000) i;
INSERT INTO "RoleGrant" (id, "userId", role) SELECT 'bg' || i, 'bu' || i, 'RESIDENT' FROM generate_series(1, 20000) i;

INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES
  ('bstaff', 'staff@bench.test', 'Encadrante Bench', :'hash', now()),
  ('bpartner', 'partenaire@bench.test', 'Partenaire Bench', :'hash', now());
INSERT INTO "RoleGrant" (id, "userId", role, "partnerId") VALUES
  ('bgstaff', 'bstaff', 'STAFF', NULL),
  ('bgpartner', 'bpartner', 'PARTNER', 'bp1');

-- 200,000 reports over three years; each resident has ten.
INSERT INTO "Report" (id, "categoryId", description, "areaId", "siteId", "buildingId", "entranceId", "authorId", "enteredById",
                      visibility, status, priority, "partnerId", version, "publicDescription", "moderationStatus",
                      "photoCount", "supporterCount", "resolvedAt", "createdAt", "updatedAt")
SELECT 'br' || i,
       'bc' || (1 + i % 8),
       'Description du signalement ' || i || ' par un habitant.',
       'ba' || (1 + y.s % 8),
       'bs' || y.s,
       'bb' || x.b,
       NULL,
       'bu' || (1 + i % 20000),
       'bu' || (1 + i % 20000),
       (CASE WHEN i % 5 < 3 THEN 'PUBLIC' ELSE 'PRIVATE' END)::"ReportVisibility",
       (ARRAY['NEW','ACKNOWLEDGED','ROUTED','PLANNED','RESOLVED','CLOSED','CLOSED','CLOSED','REJECTED','DUPLICATE'])[1 + i % 10]::"ReportStatus",
       (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + i % 5]::"ReportPriority",
       CASE WHEN i % 10 IN (2, 3) THEN 'bp' || (1 + i % 6) END,
       0,
       CASE WHEN i % 2 = 0 THEN 'Problème de ' || i || ' signalé dans les parties communes.' END,
       (CASE WHEN i % 2 = 0 THEN 'APPROVED' ELSE 'PENDING' END)::"ModerationStatus",
       CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END,
       i % 4,
       CASE WHEN i % 10 IN (4, 5, 6, 7) THEN now() - (i % 1000) * interval '1 hour' END,
       now() - (200000 - i) * interval '8 minutes',
       now() - (200000 - i) * interval '8 minutes'
FROM generate_series(1, 200000) i, LATERAL (SELECT 1 + (i * 7) % 400 AS b) x, LATERAL (SELECT 1 + x.b % 80 AS s) y;

INSERT INTO "ReportPhoto" (id, "reportId", "storageKey", mime, width, height, bytes, "approvedForPublic", "uploadedById", "createdAt")
SELECT 'bph' || i, 'br' || i, md5('bph' || i) || '.webp', 'image/webp', 1280, 960, 180000, i % 2 = 0, 'bu' || (1 + i % 20000), now()
FROM generate_series(3, 200000, 3) i;

-- Status histories: creation, then one or two changes.
INSERT INTO "ReportEvent" (id, "reportId", kind, "toStatus", visibility, "actorId", "createdAt")
SELECT 'bev' || i, 'br' || i, 'CREATED', 'NEW', 'PUBLIC', 'bu' || (1 + i % 20000), now() - (200000 - i) * interval '8 minutes'
FROM generate_series(1, 200000) i;
INSERT INTO "ReportEvent" (id, "reportId", kind, "fromStatus", "toStatus", visibility, "actorId", "createdAt")
SELECT 'bes' || i, 'br' || i, 'STATUS_CHANGED', 'NEW', 'ACKNOWLEDGED', 'PUBLIC', 'bstaff', now() - (200000 - i) * interval '8 minutes' + interval '1 hour'
FROM generate_series(1, 200000) i WHERE i % 10 > 0;
INSERT INTO "ReportEvent" (id, "reportId", kind, comment, visibility, "actorId", "createdAt")
SELECT 'bei' || i, 'br' || i, 'COMMENT', 'Note interne ' || i, 'INTERNAL', 'bstaff', now() - (200000 - i) * interval '8 minutes' + interval '2 hours'
FROM generate_series(1, 200000, 4) i;
COMMIT;
-- As autovacuum would have left a long-lived database: statistics, and the visibility map that
-- index-only scans (the capped counts) need.
VACUUM ANALYZE;
