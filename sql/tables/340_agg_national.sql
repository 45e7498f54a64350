CREATE TABLE agg_national (
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
COMMENT ON TABLE agg_national IS 'The country per layout, year, metric, star level and kind: what a national source reported beside what the provinces add up to and how much of the country that covers. A partial sum is never presented as a total.';
COMMENT ON COLUMN agg_national.layout IS 'pre2025 (63 units) or from2025 (34 units; pre2025 figures roll up into their 2025 unit when every predecessor reported).';
COMMENT ON COLUMN agg_national.region IS 'Always Việt Nam.';
COMMENT ON COLUMN agg_national.year IS 'Year.';
COMMENT ON COLUMN agg_national.metric IS 'products or subjects.';
COMMENT ON COLUMN agg_national.stars IS '3, 4, 5, potential_5 or NULL (all).';
COMMENT ON COLUMN agg_national.kind IS 'cumulative or new.';
COMMENT ON COLUMN agg_national.reported_value IS 'What a national source said (exact figures first, then the latest), NULL if none did.';
COMMENT ON COLUMN agg_national.reported_qualifier IS 'at_least / approx when the reported value was "trên" / "khoảng".';
COMMENT ON COLUMN agg_national.bottom_up_value IS 'Sum of the provinces'' reconciled values (including carried-forward and rolled-up ones).';
COMMENT ON COLUMN agg_national.provinces_reporting IS 'Units with a value in the sum (their own that year, carried forward, or rolled up).';
COMMENT ON COLUMN agg_national.provinces_carried_forward IS 'Of those, units whose cumulative count was carried forward from an earlier year because they reported none that year.';
COMMENT ON COLUMN agg_national.provinces_rolled_up IS 'Of those, from2025 units whose value is the sum of all their pre2025 predecessors.';
COMMENT ON COLUMN agg_national.provinces_total IS 'Units in the country in this layout.';
COMMENT ON COLUMN agg_national.coverage_pct IS '100 × provinces_reporting / provinces_total.';
COMMENT ON COLUMN agg_national.gap IS 'reported_value − bottom_up_value.';
COMMENT ON COLUMN agg_national.reconciled_value IS 'The figure to use: the reported value when there is one, the bottom-up sum only when coverage is 100 %, else NULL.';
COMMENT ON COLUMN agg_national.status IS 'reported, complete_bottom_up, partial (no total can be given), or conflict (a complete bottom-up sum disagrees with an exact reported value).';
COMMENT ON COLUMN agg_national.sources IS 'The national sources and their values.';
