-- The alert KPIs read the alerts raised in a period (30 days unless asked) within a part of the tree.
-- ix_alert_region_urgency (region_code, urgency, raised_at, id) cannot range over the period: for the
-- platform's admin (region_code LIKE '%') every statement walked all its entries, 2 million at
-- province size, to find the month's. Leading with the time, the platform-wide period is one range
-- and the region is checked in the index; a county's may still take the region's range.
CREATE INDEX ix_alert_raised ON alert (raised_at, region_code);
