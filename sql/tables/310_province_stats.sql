CREATE TABLE province_stats (
    layout          VARCHAR NOT NULL,
    province_code   VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    metric          VARCHAR NOT NULL,
    stars           VARCHAR,
    subject_type    VARCHAR,
    kind            VARCHAR NOT NULL,
    province_name   VARCHAR NOT NULL,
    region          VARCHAR,
    value           DOUBLE NOT NULL,
    value_high      DOUBLE,
    rule            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    n_sources       INTEGER NOT NULL,
    min_value       DOUBLE NOT NULL,
    max_value       DOUBLE NOT NULL,
    reported_values STRUCT(value DOUBLE, value_high DOUBLE, qualifier VARCHAR, source_kind VARCHAR, source_id VARCHAR, claim_id VARCHAR, as_of DATE, quote VARCHAR)[] NOT NULL
);
COMMENT ON TABLE province_stats IS 'One reconciled count per layout × province × year × metric × stars × producer type × kind, with every reported value and its source beside it, and the rule that chose the value.';
COMMENT ON COLUMN province_stats.layout IS 'pre2025 or from2025 (from the figures'' dates; a pre2025 figure is never copied into from2025 here, see agg_* for roll-ups).';
COMMENT ON COLUMN province_stats.province_code IS 'GSO code within layout.';
COMMENT ON COLUMN province_stats.year IS 'Year the figures refer to.';
COMMENT ON COLUMN province_stats.metric IS 'products or subjects.';
COMMENT ON COLUMN province_stats.stars IS '3, 4, 5, potential_5 or NULL (all 3-star-and-up).';
COMMENT ON COLUMN province_stats.subject_type IS 'Producer type, or NULL for all.';
COMMENT ON COLUMN province_stats.kind IS 'cumulative, new or target.';
COMMENT ON COLUMN province_stats.province_name IS 'Province name in layout.';
COMMENT ON COLUMN province_stats.region IS 'Socio-economic region.';
COMMENT ON COLUMN province_stats.value IS 'The reconciled figure.';
COMMENT ON COLUMN province_stats.value_high IS 'Top of the range when the chosen figure is a range.';
COMMENT ON COLUMN province_stats.rule IS 'Why this value: only source; all sources agree; exact figure consistent with the qualified ones; conflict: an official table or list outranks news / exact figures outrank rounded ones / the latest publication wins / the largest figure wins; several targets.';
COMMENT ON COLUMN province_stats.status IS 'single (one source), agreed (several, consistent), conflict (sources disagree: see reconciliation_issues), several (targets).';
COMMENT ON COLUMN province_stats.n_sources IS 'Number of distinct source files that reported a value.';
COMMENT ON COLUMN province_stats.min_value IS 'Smallest reported value.';
COMMENT ON COLUMN province_stats.max_value IS 'Largest reported value (top of ranges).';
COMMENT ON COLUMN province_stats.reported_values IS 'Every value reported, one per source and distinct value, with source, claim id, date and quote.';
