CREATE TABLE dim_subject (
    subject_id      VARCHAR NOT NULL PRIMARY KEY,
    subject_name    VARCHAR NOT NULL,
    normalized_name VARCHAR NOT NULL,
    subject_type    VARCHAR,
    layout          VARCHAR NOT NULL,
    province_code   VARCHAR NOT NULL,
    province_name   VARCHAR NOT NULL,
    address         VARCHAR
);
COMMENT ON TABLE dim_subject IS 'OCOP producers (chủ thể) named in product lists, one row per normalised name within one from2025 province.';
COMMENT ON COLUMN dim_subject.subject_id IS 'Stable key: hash of normalized_name and the from2025 province code.';
COMMENT ON COLUMN dim_subject.subject_name IS 'Name as last written in a list.';
COMMENT ON COLUMN dim_subject.normalized_name IS 'Name with case, tone-mark placement, punctuation and spacing folded: what identifies the producer.';
COMMENT ON COLUMN dim_subject.subject_type IS 'enterprise (Công ty, CTCP, TNHH, DNTN), cooperative (HTX, Hợp tác xã), cooperative_group (THT, Tổ hợp tác), household (Hộ kinh doanh, HKD, Hộ, Cơ sở); NULL when the name does not say.';
COMMENT ON COLUMN dim_subject.layout IS 'Layout of province_code (the one in force at its latest rating).';
COMMENT ON COLUMN dim_subject.province_code IS 'GSO code of the province of its latest rating.';
COMMENT ON COLUMN dim_subject.province_name IS 'Province name in that layout.';
COMMENT ON COLUMN dim_subject.address IS 'Address as last written, when the list gives one.';
