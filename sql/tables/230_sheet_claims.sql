CREATE TABLE sheet_claims (
    claim_id             VARCHAR NOT NULL PRIMARY KEY,
    source_id            VARCHAR NOT NULL,
    sheet                VARCHAR NOT NULL,
    row_number           BIGINT NOT NULL,
    cell                 VARCHAR NOT NULL,
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
    rule_id              VARCHAR NOT NULL,
    decided_by           VARCHAR NOT NULL
);
COMMENT ON TABLE sheet_claims IS 'Figures from summary tables (counts by district and star level), one per cell, in the same shape as article_claims so reconciliation treats every reported figure alike.';
COMMENT ON COLUMN sheet_claims.claim_id IS 'Stable key: hash of source_id, sheet and cell.';
COMMENT ON COLUMN sheet_claims.source_id IS 'Spreadsheet file (path relative to OCOP_RAW_DIR).';
COMMENT ON COLUMN sheet_claims.sheet IS 'Sheet name.';
COMMENT ON COLUMN sheet_claims.row_number IS 'Row number as the spreadsheet shows it.';
COMMENT ON COLUMN sheet_claims.cell IS 'Cell reference of the figure, e.g. C7.';
COMMENT ON COLUMN sheet_claims.geo_level IS 'district for a district row, province for the total row or a province row.';
COMMENT ON COLUMN sheet_claims.geo_name IS 'District name as written (without Huyện), or the canonical province name.';
COMMENT ON COLUMN sheet_claims.province_code IS 'GSO code of the province (the file''s province for a district row).';
COMMENT ON COLUMN sheet_claims.layout IS 'Layout of province_code at the table''s date.';
COMMENT ON COLUMN sheet_claims.region IS 'Socio-economic region of the province.';
COMMENT ON COLUMN sheet_claims.place_exists_on_date IS 'False when the province did not exist at the table''s date.';
COMMENT ON COLUMN sheet_claims.year IS 'Year from the title rows, sheet or file name.';
COMMENT ON COLUMN sheet_claims.as_of IS 'Decision date named in the title rows, if any.';
COMMENT ON COLUMN sheet_claims.kind IS 'cumulative, new or target, from the title''s wording (same markers as articles).';
COMMENT ON COLUMN sheet_claims.metric IS 'products or subjects.';
COMMENT ON COLUMN sheet_claims.stars IS '3, 4, 5, potential_5, or NULL for a total column.';
COMMENT ON COLUMN sheet_claims.subject_type IS 'Producer type of a producer column, else NULL.';
COMMENT ON COLUMN sheet_claims.value IS 'The count in the cell.';
COMMENT ON COLUMN sheet_claims.value_high IS 'Always NULL (cells hold single values); kept for the claims shape.';
COMMENT ON COLUMN sheet_claims.qualifier IS 'Always NULL; kept for the claims shape.';
COMMENT ON COLUMN sheet_claims.quote IS 'Row label, column header and cell text: what the cell says.';
COMMENT ON COLUMN sheet_claims.rule_id IS 'sheet.summary.<metric>.';
COMMENT ON COLUMN sheet_claims.decided_by IS 'Where place and year came from.';
