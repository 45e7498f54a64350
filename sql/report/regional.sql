-- Each region, per layout and year, all star levels: what a regional source reported beside the sum of its units'
-- figures and how many of its units that sum covers. Parameters: $metric (products, subjects), $kind (cumulative, new).
SELECT layout, region, year, reported_value, reported_qualifier, bottom_up_value, provinces_reporting,
       provinces_carried_forward, provinces_rolled_up, provinces_total, coverage_pct, gap, reconciled_value, status,
       sources
FROM agg_regional
WHERE metric = $metric AND kind = $kind AND stars IS NULL
ORDER BY layout = 'from2025', region, year;
