CREATE TABLE agg_regional (
    layout                    VARCHAR NOT NULL,
    region                    VARCHAR NOT NULL,
    year                      INTEGER NOT NULL,
    metric                    VARCHAR NOT NULL,
    stars                     VARCHAR,
    kind                      VARCHAR NOT NULL,
    reported_value            DOUBLE,
    reported_qualifier        VARCHAR,
    bottom_up_value           DOUBLE,
    provinces_reporting       INTEGER NOT NULL,
    provinces_carried_forward INTEGER NOT NULL,
    provinces_rolled_up       INTEGER NOT NULL,
    provinces_total           INTEGER NOT NULL,
    coverage_pct              DOUBLE NOT NULL,
    gap                       DOUBLE,
    reconciled_value          DOUBLE,
    status                    VARCHAR NOT NULL,
    sources                   VARCHAR NOT NULL
);
COMMENT ON TABLE agg_regional IS 'Each socio-economic region per layout, year, metric, star level and kind: what a regional source reported beside what the provinces add up to and how much of the region that covers. A partial sum is never presented as a total.';
COMMENT ON COLUMN agg_regional.layout IS 'pre2025 (63 units) or from2025 (34 units; pre2025 figures roll up into their 2025 unit when every predecessor reported).';
COMMENT ON COLUMN agg_regional.region IS 'Region name (dim_region.region_name).';
COMMENT ON COLUMN agg_regional.year IS 'Year.';
COMMENT ON COLUMN agg_regional.metric IS 'products or subjects.';
COMMENT ON COLUMN agg_regional.stars IS '3, 4, 5, potential_5 or NULL (all).';
COMMENT ON COLUMN agg_regional.kind IS 'cumulative or new.';
COMMENT ON COLUMN agg_regional.reported_value IS 'What a regional source said (exact figures first, then the latest), NULL if none did.';
COMMENT ON COLUMN agg_regional.reported_qualifier IS 'at_least / approx when the reported value was "trên" / "khoảng".';
COMMENT ON COLUMN agg_regional.bottom_up_value IS 'Sum of the provinces'' reconciled values (including carried-forward and rolled-up ones).';
COMMENT ON COLUMN agg_regional.provinces_reporting IS 'Units with a value in the sum (their own that year, carried forward, or rolled up).';
COMMENT ON COLUMN agg_regional.provinces_carried_forward IS 'Of those, units whose cumulative count was carried forward from an earlier year because they reported none that year.';
COMMENT ON COLUMN agg_regional.provinces_rolled_up IS 'Of those, from2025 units whose value is the sum of all their pre2025 predecessors.';
COMMENT ON COLUMN agg_regional.provinces_total IS 'Units in the region in this layout.';
COMMENT ON COLUMN agg_regional.coverage_pct IS '100 × provinces_reporting / provinces_total.';
COMMENT ON COLUMN agg_regional.gap IS 'reported_value − bottom_up_value.';
COMMENT ON COLUMN agg_regional.reconciled_value IS 'The figure to use: the reported value when there is one, the bottom-up sum only when coverage is 100 %, else NULL.';
COMMENT ON COLUMN agg_regional.status IS 'reported, complete_bottom_up, partial (no total can be given), or conflict (a complete bottom-up sum disagrees with an exact reported value).';
COMMENT ON COLUMN agg_regional.sources IS 'The regional sources and their values.';
