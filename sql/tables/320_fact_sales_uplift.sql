CREATE TABLE fact_sales_uplift (
    claim_id      VARCHAR NOT NULL PRIMARY KEY,
    geo_level     VARCHAR NOT NULL,
    geo_name      VARCHAR NOT NULL,
    layout        VARCHAR,
    province_code VARCHAR,
    region        VARCHAR,
    year          INTEGER,
    kind          VARCHAR NOT NULL,
    metric        VARCHAR NOT NULL,
    low_pct       DOUBLE NOT NULL,
    high_pct      DOUBLE NOT NULL,
    share_pct     DOUBLE,
    qualifier     VARCHAR,
    source_id     VARCHAR NOT NULL,
    quote         VARCHAR NOT NULL
);
COMMENT ON TABLE fact_sales_uplift IS 'How much revenue, price or output rose after OCOP recognition, as each source stated it (ranges kept as low/high).';
COMMENT ON COLUMN fact_sales_uplift.claim_id IS 'The claim (claims.claim_id).';
COMMENT ON COLUMN fact_sales_uplift.geo_level IS 'province, region, national or district.';
COMMENT ON COLUMN fact_sales_uplift.geo_name IS 'Place name.';
COMMENT ON COLUMN fact_sales_uplift.layout IS 'Layout of province_code.';
COMMENT ON COLUMN fact_sales_uplift.province_code IS 'GSO code of the province, when the place is one.';
COMMENT ON COLUMN fact_sales_uplift.region IS 'Socio-economic region.';
COMMENT ON COLUMN fact_sales_uplift.year IS 'Year the figure refers to.';
COMMENT ON COLUMN fact_sales_uplift.kind IS 'cumulative (observed) or target.';
COMMENT ON COLUMN fact_sales_uplift.metric IS 'revenue, price or output.';
COMMENT ON COLUMN fact_sales_uplift.low_pct IS 'Rise in percent (low end of a range).';
COMMENT ON COLUMN fact_sales_uplift.high_pct IS 'Top of the range (= low_pct for a single figure).';
COMMENT ON COLUMN fact_sales_uplift.share_pct IS 'Share of products the rise applies to, when stated (có hơn 30% sản phẩm …).';
COMMENT ON COLUMN fact_sales_uplift.qualifier IS 'at_least, approx or NULL.';
COMMENT ON COLUMN fact_sales_uplift.source_id IS 'The article.';
COMMENT ON COLUMN fact_sales_uplift.quote IS 'The words it came from.';
