CREATE TABLE articles (
    source_id          VARCHAR NOT NULL PRIMARY KEY,
    sha256             VARCHAR NOT NULL,
    encoding           VARCHAR,
    url                VARCHAR,
    outlet             VARCHAR,
    published          DATE,
    published_from     VARCHAR,
    province_name      VARCHAR,
    province_code      VARCHAR,
    layout             VARCHAR,
    characters         BIGINT NOT NULL,
    claims             BIGINT NOT NULL,
    claims_quarantined BIGINT NOT NULL,
    status             VARCHAR NOT NULL,
    error              VARCHAR
);
COMMENT ON TABLE articles IS 'One row per article extract under OCOP_RAW_DIR/articles, read or not: where it came from, the province it is about, how many claims it gave.';
COMMENT ON COLUMN articles.source_id IS 'Path of the file relative to OCOP_RAW_DIR (e.g. articles/ca_mau_2021.txt): the key every claim points back to.';
COMMENT ON COLUMN articles.sha256 IS 'SHA-256 of the file''s bytes.';
COMMENT ON COLUMN articles.encoding IS 'Encoding the text was read in (utf-8, utf-8-sig, utf-16); NULL when unreadable.';
COMMENT ON COLUMN articles.url IS 'Address of the original article, from manifest.csv.';
COMMENT ON COLUMN articles.outlet IS 'Publishing outlet, from manifest.csv.';
COMMENT ON COLUMN articles.published IS 'Publication date: from manifest.csv, else the first full date near the top of the text, else NULL.';
COMMENT ON COLUMN articles.published_from IS 'Where published came from: manifest or text.';
COMMENT ON COLUMN articles.province_name IS 'The article''s own province: the one it names most often in its body. It stands for "tỉnh"/"toàn tỉnh" in sentences naming no place.';
COMMENT ON COLUMN articles.province_code IS 'GSO code of province_name in layout.';
COMMENT ON COLUMN articles.layout IS 'Layout of province_code (pre2025 or from2025).';
COMMENT ON COLUMN articles.characters IS 'Length of the NFC text in characters (0 when unreadable).';
COMMENT ON COLUMN articles.claims IS 'Claims loaded into article_claims from this article.';
COMMENT ON COLUMN articles.claims_quarantined IS 'Claims found but sent to the quarantine (implausible or invalid).';
COMMENT ON COLUMN articles.status IS 'loaded, or quarantined when the file could not be read at all (see error and the quarantine table).';
COMMENT ON COLUMN articles.error IS 'Why the file could not be read (empty, binary, not UTF-8/UTF-16).';
