CREATE VIEW v_province_latest AS
SELECT layout, province_code, province_name, region, metric, stars, year, value, value_high, status, rule, n_sources
FROM province_stats
WHERE kind = 'cumulative' AND subject_type IS NULL
QUALIFY row_number() OVER (PARTITION BY layout, province_code, metric, stars ORDER BY year DESC) = 1;
COMMENT ON VIEW v_province_latest IS 'Latest reconciled cumulative count per province, metric and star level, in each layout, with its year, status and rule.';
COMMENT ON COLUMN v_province_latest.layout IS 'pre2025 (63 units, until 2025-06-30) or from2025 (34 units, from 2025-07-01).';
COMMENT ON COLUMN v_province_latest.province_code IS 'GSO code of the province, unique only within its layout.';
COMMENT ON COLUMN v_province_latest.province_name IS 'Province name in its layout.';
COMMENT ON COLUMN v_province_latest.region IS 'Socio-economic region of the province.';
COMMENT ON COLUMN v_province_latest.metric IS 'products or subjects (producers).';
COMMENT ON COLUMN v_province_latest.stars IS '3, 4, 5, potential_5, or NULL for every level from 3 stars up.';
COMMENT ON COLUMN v_province_latest.year IS 'The latest year with a reconciled cumulative figure for this province, metric and star level.';
COMMENT ON COLUMN v_province_latest.value IS 'The reconciled cumulative count of that year (province_stats.value).';
COMMENT ON COLUMN v_province_latest.value_high IS 'Top of the range when the chosen figure is a range.';
COMMENT ON COLUMN v_province_latest.status IS 'single, agreed or conflict (see reconciliation_issues).';
COMMENT ON COLUMN v_province_latest.rule IS 'The rule that chose the value among the reported ones.';
COMMENT ON COLUMN v_province_latest.n_sources IS 'Number of distinct source files that reported a value.';
