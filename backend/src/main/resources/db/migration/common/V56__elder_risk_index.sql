-- The elders at risk of a unit (a risk level within a part of the tree, by id): ix_elder_region
-- holds the risk level, but a county's count read all its elders' entries (5,800 at province
-- size for 1,200 at high risk) and the page walked the primary key, reading 7,100 elders of every
-- county to find 20 of this one. Leading with the risk level, both read the unit's elders at that
-- level from the index alone; the page sorts those ids and reads 20 rows.
CREATE INDEX ix_elder_risk ON elder (risk_level, region_code, id);
