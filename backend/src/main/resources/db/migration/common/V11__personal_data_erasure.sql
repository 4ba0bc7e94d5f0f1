-- PIPL arts. 15 and 47: a talent's record, and a departed elder's, can be anonymised on request.
-- The row stays (the ledger and alert history hang off it, totals stay true) with nothing personal
-- left in it; when that happened is kept, so it is never done twice and never undone.
ALTER TABLE talent ADD COLUMN anonymised_at DATETIME(6) NULL;

-- an elder leaves the programme (died or moved away) before the record may be anonymised
ALTER TABLE elder ADD COLUMN departed_on DATE NULL;
ALTER TABLE elder ADD COLUMN anonymised_at DATETIME(6) NULL;
