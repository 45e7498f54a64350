CREATE TABLE fact_product_rating (
    rating_id       VARCHAR NOT NULL PRIMARY KEY,
    product_id      VARCHAR NOT NULL,
    stars           INTEGER NOT NULL,
    status          VARCHAR,
    decision        VARCHAR,
    recognized_on   DATE,
    recognized_year INTEGER,
    expires_on      DATE,
    layout          VARCHAR NOT NULL,
    province_code   VARCHAR NOT NULL,
    score           DOUBLE,
    source_id       VARCHAR NOT NULL,
    sheet           VARCHAR NOT NULL,
    row_number      BIGINT NOT NULL
);
COMMENT ON TABLE fact_product_rating IS 'One row per star rating a list records: the same product recognised again or upgraded in a later year has several. Each row points to its file, sheet and row.';
COMMENT ON COLUMN fact_product_rating.rating_id IS 'Stable key: hash of source_id, sheet and row_number.';
COMMENT ON COLUMN fact_product_rating.product_id IS 'The product (dim_product).';
COMMENT ON COLUMN fact_product_rating.stars IS '3, 4 or 5 (read from 3, "3 sao", "3*", "★★★", "Hạng 3 sao", "4 sao (nâng hạng)").';
COMMENT ON COLUMN fact_product_rating.status IS 'new, re_evaluated or upgraded when the list says (mới, đánh giá lại, nâng hạng); NULL otherwise.';
COMMENT ON COLUMN fact_product_rating.decision IS 'Recognition decision number, e.g. 2919/QĐ-UBND, from the row or the title rows.';
COMMENT ON COLUMN fact_product_rating.recognized_on IS 'Decision date when stated (row, column or title rows).';
COMMENT ON COLUMN fact_product_rating.recognized_year IS 'Year of recognition: of recognized_on, else a year column, the title rows, the sheet or the file name.';
COMMENT ON COLUMN fact_product_rating.expires_on IS 'recognized_on + 36 months (certificates last 36 months); NULL when the decision date is unknown.';
COMMENT ON COLUMN fact_product_rating.layout IS 'Layout in force at the decision date.';
COMMENT ON COLUMN fact_product_rating.province_code IS 'GSO code of the recognising province in that layout.';
COMMENT ON COLUMN fact_product_rating.score IS 'Evaluation score out of 100, when the list gives it.';
COMMENT ON COLUMN fact_product_rating.source_id IS 'Spreadsheet file (path relative to OCOP_RAW_DIR).';
COMMENT ON COLUMN fact_product_rating.sheet IS 'Sheet name (the file name for a CSV).';
COMMENT ON COLUMN fact_product_rating.row_number IS 'Row number as the spreadsheet shows it (1-based).';
