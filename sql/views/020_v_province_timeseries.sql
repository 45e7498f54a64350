CREATE VIEW v_province_timeseries AS
SELECT s.layout, s.province_code, s.province_name, s.region, s.year, s.metric,
       s.value AS products_or_subjects, s.status, s.n_sources,
       s.value - lag(s.value) OVER (PARTITION BY s.layout, s.province_code, s.metric ORDER BY s.year) AS change_since_previous
FROM province_stats s
WHERE s.kind = 'cumulative' AND s.stars IS NULL AND s.subject_type IS NULL;
COMMENT ON VIEW v_province_timeseries IS 'Province × year series of reconciled cumulative products and producers (all stars), with the change since the previous reported year.';
