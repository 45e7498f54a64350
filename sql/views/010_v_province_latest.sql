CREATE VIEW v_province_latest AS
SELECT layout, province_code, province_name, region, metric, stars, year, value, value_high, status, rule, n_sources
FROM province_stats
WHERE kind = 'cumulative' AND subject_type IS NULL
QUALIFY row_number() OVER (PARTITION BY layout, province_code, metric, stars ORDER BY year DESC) = 1;
COMMENT ON VIEW v_province_latest IS 'Latest reconciled cumulative count per province, metric and star level, in each layout, with its year, status and rule.';
