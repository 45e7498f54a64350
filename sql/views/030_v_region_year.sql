CREATE VIEW v_region_year AS
SELECT layout, region, year, metric, kind, reported_value, bottom_up_value, reconciled_value,
       provinces_reporting, provinces_carried_forward, provinces_total, coverage_pct, status
FROM agg_regional
WHERE stars IS NULL
UNION ALL
SELECT layout, region, year, metric, kind, reported_value, bottom_up_value, reconciled_value,
       provinces_reporting, provinces_carried_forward, provinces_total, coverage_pct, status
FROM agg_national
WHERE stars IS NULL;
COMMENT ON VIEW v_region_year IS 'Region × year (and the whole country as region Việt Nam) with coverage: reported, bottom-up and reconciled counts of all star levels.';
