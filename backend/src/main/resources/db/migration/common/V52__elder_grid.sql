-- Elders belong to a grid (issue 14): the grid's worker is the first responder to their alerts,
-- which start at the GRID rung. Null: no grid, the alerts start at the village as before.
ALTER TABLE elder ADD COLUMN grid_id BIGINT NULL;
ALTER TABLE elder ADD CONSTRAINT fk_elder_grid FOREIGN KEY (grid_id) REFERENCES grid (id);
-- the grid worker's alerts and the just-in-time grant (elders of a grid)
CREATE INDEX ix_elder_grid ON elder (grid_id);

-- one escalation sweep replaces the three locks of eldercare-rules' escalation, matter-escalation and escort-milestones
DELETE FROM shedlock WHERE name IN ('matter-escalation', 'escort-milestones');
