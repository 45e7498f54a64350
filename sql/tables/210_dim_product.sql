CREATE TABLE dim_product (
    product_id       VARCHAR NOT NULL PRIMARY KEY,
    product_name     VARCHAR NOT NULL,
    normalized_name  VARCHAR NOT NULL,
    subject_id       VARCHAR,
    layout           VARCHAR NOT NULL,
    province_code    VARCHAR NOT NULL,
    province_name    VARCHAR NOT NULL,
    successor_layout VARCHAR NOT NULL,
    successor_code   VARCHAR NOT NULL,
    district         VARCHAR,
    commune          VARCHAR,
    product_group    VARCHAR
);
COMMENT ON TABLE dim_product IS 'OCOP products from product lists: one row per product (normalised name within one from2025 province), however often it was recognised again or upgraded.';
COMMENT ON COLUMN dim_product.product_id IS 'Stable key: hash of normalized_name and successor_code, so a product keeps its id across years and the 2025 merger.';
COMMENT ON COLUMN dim_product.product_name IS 'Name as last written in a list.';
COMMENT ON COLUMN dim_product.normalized_name IS 'Name with case, tone-mark placement, punctuation and spacing folded.';
COMMENT ON COLUMN dim_product.subject_id IS 'Its producer (dim_subject), when a list names one.';
COMMENT ON COLUMN dim_product.layout IS 'Layout of province_code: the one in force at its latest rating.';
COMMENT ON COLUMN dim_product.province_code IS 'GSO code of its province at its latest rating.';
COMMENT ON COLUMN dim_product.province_name IS 'Province name in that layout.';
COMMENT ON COLUMN dim_product.successor_layout IS 'Always from2025.';
COMMENT ON COLUMN dim_product.successor_code IS 'GSO code of the from2025 unit its province is or became.';
COMMENT ON COLUMN dim_product.district IS 'District (huyện) from its section row, column or address, as of its latest rating (districts were abolished in 2025).';
COMMENT ON COLUMN dim_product.commune IS 'Commune from its column or address.';
COMMENT ON COLUMN dim_product.product_group IS 'Product group (phân nhóm, ngành hàng) as the list writes it.';
