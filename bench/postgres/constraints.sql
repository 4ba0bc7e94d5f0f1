-- After the load: the foreign keys PostGraphile infers its relations from, and the indexes that
-- serve the four shapes (children by parent in code order, a county's projects by status newest
-- first, a village's talents by name) as Xiangli's MariaDB indexes do.
ALTER TABLE region ADD CONSTRAINT uk_region_code UNIQUE (code);
ALTER TABLE region ADD CONSTRAINT fk_region_parent FOREIGN KEY (parent_id) REFERENCES region (id);
ALTER TABLE fund_movement ADD CONSTRAINT fk_fund_movement_project FOREIGN KEY (project_id) REFERENCES project (id);
ALTER TABLE talent ADD CONSTRAINT fk_talent_region FOREIGN KEY (region_id) REFERENCES region (id);

CREATE INDEX ix_region_parent ON region (parent_id, code);
CREATE INDEX ix_project_county_status ON project (county_code, status, id);
CREATE INDEX ix_project_county ON project (county_code, id);
CREATE INDEX ix_project_township ON project (township_code, id);
CREATE INDEX ix_project_scope ON project (region_code, id);
CREATE INDEX ix_fund_movement_project ON fund_movement (project_id, moved_on, id);
CREATE INDEX ix_talent_region ON talent (region_id, name, id);
CREATE INDEX ix_talent_region_code ON talent (region_code, name, id);
ANALYZE;
