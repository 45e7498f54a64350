CREATE TABLE dim_province (
    layout        VARCHAR NOT NULL,
    province_code VARCHAR NOT NULL,
    province_name VARCHAR NOT NULL,
    name_ascii    VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    region_code   VARCHAR NOT NULL,
    region_name   VARCHAR NOT NULL,
    region_basis  VARCHAR NOT NULL,
    valid_from    DATE NOT NULL,
    valid_to      DATE,
    aliases       VARCHAR[],
    PRIMARY KEY (layout, province_code)
);
COMMENT ON TABLE dim_province IS 'Provincial units, one row per unit and layout: 63 pre2025 units (until 2025-06-30) and 34 from2025 units (from 2025-07-01). Codes were reused for other territory in 2025 (80 was Long An, is now Tây Ninh): always join on (layout, province_code).';
COMMENT ON COLUMN dim_province.layout IS 'pre2025 (63 units, until 2025-06-30) or from2025 (34 units, from 2025-07-01). Part of the key.';
COMMENT ON COLUMN dim_province.province_code IS 'Statistics-office (GSO) code, two digits as text. Unique only within a layout.';
COMMENT ON COLUMN dim_province.province_name IS 'Canonical name without prefix (Cà Mau, Hồ Chí Minh, Thừa Thiên Huế).';
COMMENT ON COLUMN dim_province.name_ascii IS 'The name without diacritics.';
COMMENT ON COLUMN dim_province.kind IS 'province (tỉnh) or city (centrally-run thành phố).';
COMMENT ON COLUMN dim_province.region_code IS 'Region key, see dim_region.';
COMMENT ON COLUMN dim_province.region_name IS 'Socio-economic region name.';
COMMENT ON COLUMN dim_province.region_basis IS 'How the region was assigned: GSO classification (pre2025) or the inference rule for the from2025 units.';
COMMENT ON COLUMN dim_province.valid_from IS 'First day the unit exists in this layout.';
COMMENT ON COLUMN dim_province.valid_to IS 'Last day the unit exists in this layout; NULL while in force.';
COMMENT ON COLUMN dim_province.aliases IS 'Spellings seen in news and spreadsheets (TP.HCM, BR-VT, Bắc Cạn …) that the resolver maps to this unit.';
