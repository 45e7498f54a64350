-- Every figure a source reported about a whole area (the country, or a region), one row per source and value: the
-- reported_value of agg_national and agg_regional is chosen among these (exact figures first, then the latest).
-- Parameters: $level (national, region), $metric (products, subjects), $kind (cumulative, new).
SELECT DISTINCT geo_name AS area, year, stars, value, qualifier, as_of, source_id
FROM claims
WHERE geo_level = $level AND metric = $metric AND kind = $kind AND subject_type IS NULL AND year IS NOT NULL
ORDER BY area, stars NULLS FIRST, year, value, source_id;
