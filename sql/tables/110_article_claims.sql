CREATE TABLE article_claims (
    claim_id             VARCHAR NOT NULL PRIMARY KEY,
    source_id            VARCHAR NOT NULL,
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
    applies_to_share_pct DOUBLE,
    span_start           BIGINT NOT NULL,
    span_end             BIGINT NOT NULL,
    quote                VARCHAR NOT NULL,
    rule_id              VARCHAR NOT NULL,
    block                VARCHAR NOT NULL,
    decided_by           VARCHAR NOT NULL
);
COMMENT ON TABLE article_claims IS 'Every OCOP figure stated in an article, one row per statement, as the source said it (never overwritten): place, year, kind, metric, value and the exact words it came from.';
COMMENT ON COLUMN article_claims.claim_id IS 'Stable id: first 12 hex digits of the file''s SHA-256 and the claim''s number in the file.';
COMMENT ON COLUMN article_claims.source_id IS 'The article (articles.source_id).';
COMMENT ON COLUMN article_claims.geo_level IS 'national, region, province or district.';
COMMENT ON COLUMN article_claims.geo_name IS 'Canonical place: Việt Nam, a dim_region.region_name, a dim_province.province_name, or the district name as written.';
COMMENT ON COLUMN article_claims.province_code IS 'GSO code of the province (for a district, of the article''s province); NULL for national and regional figures.';
COMMENT ON COLUMN article_claims.layout IS 'Layout of province_code: the one in force at the figure''s date (publication date, else 31 Dec of year). Always set with province_code.';
COMMENT ON COLUMN article_claims.region IS 'Socio-economic region of the place.';
COMMENT ON COLUMN article_claims.place_exists_on_date IS 'False when the named province did not exist at the figure''s date (Trà Vinh in late 2025): the claim keeps the old unit; reconciliation rolls it up.';
COMMENT ON COLUMN article_claims.year IS 'Year the figure refers to: named in its sentence, else the sentence it continues, else the latest achieved year of its paragraph or article, else the publication year; NULL when unknown (always for targets that name none).';
COMMENT ON COLUMN article_claims.as_of IS 'Publication date of the article, when known.';
COMMENT ON COLUMN article_claims.kind IS 'cumulative (total up to a point), new (recognised in that year or round) or target (phấn đấu, mục tiêu, kế hoạch, dự kiến).';
COMMENT ON COLUMN article_claims.metric IS 'products, subjects (chủ thể), revenue_uplift_pct, price_uplift_pct, output_uplift_pct, or a narrower count: products_upgraded (nâng hạng), products_tourism.';
COMMENT ON COLUMN article_claims.stars IS '3, 4, 5 or potential_5 (tiềm năng 5 sao); NULL for all products of 3 stars and up (or a range such as 3-4 sao).';
COMMENT ON COLUMN article_claims.subject_type IS 'enterprise, cooperative, cooperative_group or household for a producer breakdown; NULL for all producers.';
COMMENT ON COLUMN article_claims.value IS 'The figure (10.880 read as 10880, 11,5 as 11.5); the low end of a range.';
COMMENT ON COLUMN article_claims.value_high IS 'Top of a range (5-8%, 28-30 tổ chức), else NULL.';
COMMENT ON COLUMN article_claims.qualifier IS 'at_least (trên, hơn, ít nhất, tối thiểu), approx (khoảng, gần) or NULL.';
COMMENT ON COLUMN article_claims.applies_to_share_pct IS 'For an uplift: the share of products it applies to, when stated (có hơn 30% sản phẩm ...).';
COMMENT ON COLUMN article_claims.span_start IS 'Start offset of the quote in the article''s NFC text (0-based, characters).';
COMMENT ON COLUMN article_claims.span_end IS 'End offset (exclusive) of the quote in the NFC text.';
COMMENT ON COLUMN article_claims.quote IS 'Exactly the NFC text between span_start and span_end.';
COMMENT ON COLUMN article_claims.rule_id IS 'Extractor rule that produced the figure (ocop_pipeline/articles/rules.py); a>b means rule a, re-typed as metric b.';
COMMENT ON COLUMN article_claims.block IS 'Where in the article: body, title, caption, or related_headline (a headline of another article listed on the page).';
COMMENT ON COLUMN article_claims.decided_by IS 'How place, kind and year were chosen (the marker or mention that decided), to trace a wrong figure.';
