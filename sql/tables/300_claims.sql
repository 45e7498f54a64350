CREATE TABLE claims (
    claim_id             VARCHAR NOT NULL PRIMARY KEY,
    source_kind          VARCHAR NOT NULL,
    source_id            VARCHAR NOT NULL,
    locator              VARCHAR NOT NULL,
    geo_level            VARCHAR NOT NULL,
    geo_name             VARCHAR NOT NULL,
    province_code        VARCHAR,
    layout               VARCHAR,
    region               VARCHAR,
    place_exists_on_date BOOLEAN NOT NULL,
    year                 INTEGER,
    as_of                DATE,
    kind                 VARCHAR NOT NULL,
    metric               VARCHAR NOT NULL,
    stars                VARCHAR,
    subject_type         VARCHAR,
    value                DOUBLE NOT NULL,
    value_high           DOUBLE,
    qualifier            VARCHAR,
    quote                VARCHAR NOT NULL,
    rule_id              VARCHAR NOT NULL
);
COMMENT ON TABLE claims IS 'Every reported figure in one shape: article claims, summary-table cells and counts derived from product lists (ratings recognised per province, year and star level), each with its provenance.';
COMMENT ON COLUMN claims.claim_id IS 'Id of the figure (article_claims.claim_id, sheet_claims.claim_id, or a hash for list counts).';
COMMENT ON COLUMN claims.source_kind IS 'article, sheet (summary table) or product_list (count of fact_product_rating rows).';
COMMENT ON COLUMN claims.source_id IS 'File the figure came from (for product_list: the list files, comma-separated).';
COMMENT ON COLUMN claims.locator IS 'Where in the file: chars <start>-<end> of the article, <sheet>!<cell>, or fact_product_rating.';
COMMENT ON COLUMN claims.geo_level IS 'national, region, province or district.';
COMMENT ON COLUMN claims.geo_name IS 'Canonical place name (district as written).';
COMMENT ON COLUMN claims.province_code IS 'GSO code of the province, with layout.';
COMMENT ON COLUMN claims.layout IS 'pre2025 or from2025: the layout in force at the figure''s date.';
COMMENT ON COLUMN claims.region IS 'Socio-economic region.';
COMMENT ON COLUMN claims.place_exists_on_date IS 'False when the province no longer existed at the figure''s date.';
COMMENT ON COLUMN claims.year IS 'Year the figure refers to.';
COMMENT ON COLUMN claims.as_of IS 'Publication or decision date, when known: the latest one wins a conflict.';
COMMENT ON COLUMN claims.kind IS 'cumulative, new or target.';
COMMENT ON COLUMN claims.metric IS 'products, subjects, *_uplift_pct or a narrower count (products_upgraded …).';
COMMENT ON COLUMN claims.stars IS '3, 4, 5, potential_5 or NULL (all 3-star-and-up).';
COMMENT ON COLUMN claims.subject_type IS 'Producer type of a producer breakdown, else NULL.';
COMMENT ON COLUMN claims.value IS 'The figure (low end of a range).';
COMMENT ON COLUMN claims.value_high IS 'Top of a range, else NULL.';
COMMENT ON COLUMN claims.qualifier IS 'at_least, approx or NULL.';
COMMENT ON COLUMN claims.quote IS 'The words or cell the figure came from.';
COMMENT ON COLUMN claims.rule_id IS 'Rule that produced the figure.';
