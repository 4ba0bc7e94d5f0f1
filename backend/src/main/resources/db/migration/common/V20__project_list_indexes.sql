-- Project lists read a page in id order (keyset paging, newest first) within a unit, most often
-- filtered by status. An index on (unit, status, id) gives exactly that order, so a page of 20
-- reads about 21 index entries; ix_project_county_status had the category between status and id,
-- could not give the order for a county and a status, and had the server walk the primary key
-- backwards through thousands of rows. The same for townships, villages (region_code) and the
-- whole tree, and for a county's list by category or by year.
ALTER TABLE project DROP INDEX ix_project_county_status;
CREATE INDEX ix_project_county_status ON project (county_code, status, id);
CREATE INDEX ix_project_township_status ON project (township_code, status, id);
CREATE INDEX ix_project_scope_status ON project (region_code, status, id);
CREATE INDEX ix_project_status ON project (status, id);
CREATE INDEX ix_project_county_category ON project (county_code, category, id);
CREATE INDEX ix_project_county_year ON project (county_code, year, id);
