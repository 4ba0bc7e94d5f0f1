-- Every list the dashboard filters asks for a page and its totalCount. The count carries the same
-- conditions as the page, the scope filter's included (region_code LIKE the caller's pattern, the
-- public's published, a county admin's county_code): an index that lacks one of those columns has
-- the server read every matching row from the table to count them (a county's in-progress projects:
-- 3,420 table rows on the benchmark data). Each list index below ends with the scope columns, so
-- the count is read from the index alone and the page's scope condition is checked in the index
-- before a row is read. Measured with bench/explain.mjs (docs/performance.md, "Indexes for the lists").

-- Projects: a unit's list by status, category or year, newest or oldest first; a county's by name.
ALTER TABLE project DROP INDEX ix_project_county;
CREATE INDEX ix_project_county ON project (county_code, id, region_code, published);
ALTER TABLE project DROP INDEX ix_project_township;
CREATE INDEX ix_project_township ON project (township_code, id, county_code, region_code, published);
ALTER TABLE project DROP INDEX ix_project_scope;
CREATE INDEX ix_project_scope ON project (region_code, id, county_code, published);
ALTER TABLE project DROP INDEX ix_project_county_status;
CREATE INDEX ix_project_county_status ON project (county_code, status, id, region_code, published);
ALTER TABLE project DROP INDEX ix_project_township_status;
CREATE INDEX ix_project_township_status ON project (township_code, status, id, county_code, region_code, published);
ALTER TABLE project DROP INDEX ix_project_scope_status;
CREATE INDEX ix_project_scope_status ON project (region_code, status, id, county_code, published);
-- ix_project_status (status, id), every county's list by status, stays as V20 made it: widened with the
-- scope columns, MariaDB walked the primary key for that page instead (6 rows read for each one shown).
ALTER TABLE project DROP INDEX ix_project_county_category;
CREATE INDEX ix_project_county_category ON project (county_code, category, id, region_code, published);
ALTER TABLE project DROP INDEX ix_project_county_year;
CREATE INDEX ix_project_county_year ON project (county_code, year, id, region_code, published);
-- a county's list by name walked the whole table's name index (every county's projects)
CREATE INDEX ix_project_county_name ON project (county_code, name, id, region_code, published);

-- Talents by name or last change across a county: the walk in name (or time) order checks the
-- hometown in the index instead of reading each talent of the other counties.
ALTER TABLE talent DROP INDEX ix_talent_name;
CREATE INDEX ix_talent_name ON talent (name, id, region_code);
ALTER TABLE talent DROP INDEX ix_talent_updated;
CREATE INDEX ix_talent_updated ON talent (updated_at, id, region_code);

-- Pool applications of a unit (all but the rolled over), and of a round by status (the stage counts).
ALTER TABLE pool_application DROP INDEX ix_pool_application_scope;
CREATE INDEX ix_pool_application_scope ON pool_application (region_code, id, status, published);
-- created before the old one goes: the round's foreign key needs an index on round_id at all times
CREATE INDEX ix_pool_application_round_status ON pool_application (round_id, status, id, region_code, published);
ALTER TABLE pool_application DROP INDEX ix_pool_application_round;

-- The alert console: every alert but the closed ones in the caller's part of the tree, by urgency.
CREATE INDEX ix_alert_console ON alert (status, region_code, urgency, raised_at);

-- The matter board: the open matters of a unit by due time; the status is checked in the index.
ALTER TABLE matter DROP INDEX ix_matter_region_due;
CREATE INDEX ix_matter_region_due ON matter (region_code, due_key, reported_at, id, status);

-- The audit log, newest first, of everyone, an actor or an action, in the caller's scope.
ALTER TABLE audit_log DROP INDEX ix_audit_time;
CREATE INDEX ix_audit_time ON audit_log (occurred_at, id, region_code);
ALTER TABLE audit_log DROP INDEX ix_audit_actor_time;
CREATE INDEX ix_audit_actor_time ON audit_log (actor, occurred_at, id, region_code);
ALTER TABLE audit_log DROP INDEX ix_audit_action_time;
CREATE INDEX ix_audit_action_time ON audit_log (action, occurred_at, id, region_code);

-- Elders of a unit, by risk or living situation: counted from the index.
ALTER TABLE elder DROP INDEX ix_elder_region;
CREATE INDEX ix_elder_region ON elder (region_code, id, risk_level, living_situation);
