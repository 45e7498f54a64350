-- Every reconciled figure of every province (all producer types together): one row per layout, province, year, kind
-- and star level, with the rule that chose it. Parameter: $metric (products, subjects).
SELECT s.layout, s.province_code, s.province_name, s.region, s.year, s.kind, s.stars, s.value, s.value_high,
       s.status, s.rule, s.n_sources, s.min_value, s.max_value
FROM province_stats s
WHERE s.metric = $metric AND s.subject_type IS NULL
ORDER BY s.layout = 'from2025', s.province_code, s.kind, s.stars NULLS FIRST, s.year;
