-- Villages merged and split (撤村并村): a retired unit points at the unit that took over its
-- records, so its old code stays resolvable (region(code:) → successor).
ALTER TABLE region ADD COLUMN successor_id BIGINT NULL;
CREATE INDEX ix_region_successor ON region (successor_id);
