CREATE TABLE dim_region (
    region_code        VARCHAR NOT NULL PRIMARY KEY,
    region_name        VARCHAR NOT NULL,
    short_name         VARCHAR NOT NULL,
    aliases            VARCHAR[],
    provinces_pre2025  INTEGER NOT NULL,
    provinces_from2025 INTEGER NOT NULL
);
COMMENT ON TABLE dim_region IS 'The 6 socio-economic regions of Viet Nam (GSO statistical classification), with how many provincial units each holds in each layout. Regions of the 34 from2025 units are inferred (see dim_province.region_basis).';
COMMENT ON COLUMN dim_region.region_code IS 'Short stable key of the region, e.g. DBSCL.';
COMMENT ON COLUMN dim_region.region_name IS 'Official Vietnamese name, e.g. Đồng bằng sông Cửu Long.';
COMMENT ON COLUMN dim_region.short_name IS 'Abbreviation used in reports, e.g. ĐBSCL.';
COMMENT ON COLUMN dim_region.aliases IS 'Other names the press uses for the region (miền Tây, miền núi phía Bắc …); the resolver accepts all of them.';
COMMENT ON COLUMN dim_region.provinces_pre2025 IS 'Number of provincial units in the region in the 63-unit layout (until 2025-06-30).';
COMMENT ON COLUMN dim_region.provinces_from2025 IS 'Number of provincial units in the region in the 34-unit layout (from 2025-07-01), by the inferred assignment.';
