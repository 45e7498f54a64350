CREATE VIEW v_province_timeseries AS
SELECT s.layout, s.province_code, s.province_name, s.region, s.year, s.metric,
       s.value AS products_or_subjects, s.status, s.n_sources,
       s.value - lag(s.value) OVER (PARTITION BY s.layout, s.province_code, s.metric ORDER BY s.year) AS change_since_previous
FROM province_stats s
WHERE s.kind = 'cumulative' AND s.stars IS NULL AND s.subject_type IS NULL;
COMMENT ON VIEW v_province_timeseries IS 'Province × year series of reconciled cumulative products and producers (all stars), with the change since the previous reported year.';
COMMENT ON COLUMN v_province_timeseries.layout IS 'pre2025 (63 units, until 2025-06-30) or from2025 (34 units, from 2025-07-01).';
COMMENT ON COLUMN v_province_timeseries.province_code IS 'GSO code of the province, unique only within its layout.';
COMMENT ON COLUMN v_province_timeseries.province_name IS 'Province name in its layout.';
COMMENT ON COLUMN v_province_timeseries.region IS 'Socio-economic region of the province.';
COMMENT ON COLUMN v_province_timeseries.year IS 'Year the figure refers to.';
COMMENT ON COLUMN v_province_timeseries.metric IS 'products or subjects (producers).';
COMMENT ON COLUMN v_province_timeseries.products_or_subjects IS 'The reconciled cumulative count of products or producers of all star levels and producer types that year.';
COMMENT ON COLUMN v_province_timeseries.status IS 'single, agreed or conflict (see reconciliation_issues).';
COMMENT ON COLUMN v_province_timeseries.n_sources IS 'Number of distinct source files that reported a value.';
COMMENT ON COLUMN v_province_timeseries.change_since_previous IS 'This year''s count minus the count of the previous year with a figure (NULL for the first); a fall can mean expired certificates.';
