CREATE TABLE source_files (
    source_id        VARCHAR NOT NULL PRIMARY KEY,
    kind             VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL,
    size_bytes       BIGINT NOT NULL,
    rows_read        BIGINT NOT NULL,
    rows_loaded      BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    rows_structural  BIGINT NOT NULL,
    status           VARCHAR NOT NULL,
    error            VARCHAR
);
COMMENT ON TABLE source_files IS 'Every input file of the run with what became of it; rows_read = rows_loaded + rows_quarantined for every file.';
COMMENT ON COLUMN source_files.source_id IS 'Path relative to OCOP_RAW_DIR.';
COMMENT ON COLUMN source_files.kind IS 'article, manifest or spreadsheet.';
COMMENT ON COLUMN source_files.sha256 IS 'SHA-256 of the file''s bytes.';
COMMENT ON COLUMN source_files.size_bytes IS 'File size in bytes.';
COMMENT ON COLUMN source_files.rows_read IS 'Items read: claims found (articles), data rows below the header including total rows (spreadsheets), lines (manifest).';
COMMENT ON COLUMN source_files.rows_loaded IS 'Items loaded into the warehouse.';
COMMENT ON COLUMN source_files.rows_quarantined IS 'Items sent to the quarantine.';
COMMENT ON COLUMN source_files.rows_structural IS 'Spreadsheet rows recognised as structure, not data: section headings (give the district below), footnotes. Not counted in rows_read.';
COMMENT ON COLUMN source_files.status IS 'loaded, partial (some items quarantined) or quarantined (the file could not be read).';
COMMENT ON COLUMN source_files.error IS 'Why the file could not be read.';
