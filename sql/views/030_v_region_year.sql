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
COMMENT ON COLUMN v_region_year.layout IS 'pre2025 (63 units) or from2025 (34 units).';
COMMENT ON COLUMN v_region_year.region IS 'Region name (dim_region.region_name), or Việt Nam for the whole country.';
COMMENT ON COLUMN v_region_year.year IS 'Year.';
COMMENT ON COLUMN v_region_year.metric IS 'products or subjects (producers).';
COMMENT ON COLUMN v_region_year.kind IS 'cumulative or new.';
COMMENT ON COLUMN v_region_year.reported_value IS 'What a source about the whole region or country said, NULL if none did.';
COMMENT ON COLUMN v_region_year.bottom_up_value IS 'Sum of the provinces'' reconciled values (including carried-forward and rolled-up ones).';
COMMENT ON COLUMN v_region_year.reconciled_value IS 'The figure to use: the reported value when there is one, the bottom-up sum only when coverage is 100 %, else NULL.';
COMMENT ON COLUMN v_region_year.provinces_reporting IS 'Units with a value in the sum (their own that year, carried forward, or rolled up).';
COMMENT ON COLUMN v_region_year.provinces_carried_forward IS 'Of those, units whose cumulative count was carried forward from an earlier year.';
COMMENT ON COLUMN v_region_year.provinces_total IS 'Units in the region (or the country) in this layout.';
COMMENT ON COLUMN v_region_year.coverage_pct IS '100 × provinces_reporting / provinces_total.';
COMMENT ON COLUMN v_region_year.status IS 'reported, complete_bottom_up, partial (no total can be given) or conflict.';
