-- The country, per layout and year: what a national source reported beside the sum of the provinces' figures, and
-- how many units that sum covers. Parameters: $metric (products, subjects), $kind (cumulative, new).
SELECT layout, year, stars, reported_value, reported_qualifier, bottom_up_value, provinces_reporting,
       provinces_carried_forward, provinces_rolled_up, provinces_total, coverage_pct, gap, reconciled_value, status,
       sources
FROM agg_national
WHERE metric = $metric AND kind = $kind
ORDER BY layout = 'from2025', stars NULLS FIRST, year;
