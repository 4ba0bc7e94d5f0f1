-- Uniqueness rules of the domain that were a check then an insert, now kept by the database
-- (issue 15), so a double submit cannot break them. Both use a column the database derives (as V7
-- does for the device kit), so no writer can forget it. Runs on MySQL 8, MariaDB 10.11+ and H2 in
-- MySQL mode.

-- One live application per village, catalogue item and round. A refused (REJECTED) application is
-- not live, so any number may share the key: live_village_code is the village's code while the
-- application is live and NULL once refused, and a unique index admits any number of NULLs.
ALTER TABLE pool_application ADD COLUMN live_village_code VARCHAR(12)
    GENERATED ALWAYS AS (CASE WHEN status <> 'REJECTED' THEN region_code END);
CREATE UNIQUE INDEX uk_pool_application_live ON pool_application (round_id, catalogue_item_id, live_village_code);

-- A talent's natural key is name + birth year (when known) + hometown. V4's key was on birth_year
-- itself, which admits any number of rows whose birth year is unknown (NULLs are distinct): the key
-- now reads an unknown year as 0.
ALTER TABLE talent ADD COLUMN birth_year_key INT GENERATED ALWAYS AS (COALESCE(birth_year, 0));
CREATE UNIQUE INDEX uk_talent_natural_key_known ON talent (region_code, name, birth_year_key);
ALTER TABLE talent DROP CONSTRAINT uk_talent_natural_key;
