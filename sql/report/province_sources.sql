-- Every value a source reported behind the provinces' figures of all star levels: one row per source and value.
-- Parameter: $metric (products, subjects).
SELECT s.layout, s.province_code, s.year, s.kind, s.status, r.value, r.value_high, r.qualifier, r.source_kind,
       r.source_id, r.as_of, r.quote
FROM province_stats s, unnest(s.reported_values) AS t(r)
WHERE s.metric = $metric AND s.subject_type IS NULL AND s.stars IS NULL
ORDER BY s.layout = 'from2025', s.province_code, s.kind, s.year, r.value, r.source_id;
