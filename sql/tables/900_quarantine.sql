CREATE TABLE quarantine (
    source_id   VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,
    sheet       VARCHAR,
    row_number  BIGINT,
    column_name VARCHAR,
    reason      VARCHAR NOT NULL,
    raw_values  VARCHAR
);
COMMENT ON TABLE quarantine IS 'Everything rejected, with its reason: unreadable files, bad manifest or spreadsheet rows, implausible or invalid claims. Nothing is dropped silently.';
COMMENT ON COLUMN quarantine.source_id IS 'File the rejected item came from (path relative to OCOP_RAW_DIR).';
COMMENT ON COLUMN quarantine.stage IS 'Where it was rejected: decode, manifest, extract, validate, read, header, row.';
COMMENT ON COLUMN quarantine.sheet IS 'Spreadsheet sheet, when the item is a spreadsheet row.';
COMMENT ON COLUMN quarantine.row_number IS 'Row number in the file or sheet (1-based, as a spreadsheet shows it; manifest: line number).';
COMMENT ON COLUMN quarantine.column_name IS 'Column at fault, when one is.';
COMMENT ON COLUMN quarantine.reason IS 'Why it was rejected, in words a person can act on.';
COMMENT ON COLUMN quarantine.raw_values IS 'The rejected item as JSON (the claim or the row''s raw cells).';
