-- The embedded database has no SIGNAL: the application never updates or deletes audit entries,
-- and production runs on MySQL, where triggers refuse it (see db/migration/mysql).
SELECT 1;
