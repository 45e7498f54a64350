CREATE TABLE province_merger_2025 (
    old_layout        VARCHAR NOT NULL,
    old_province_code VARCHAR NOT NULL,
    old_province_name VARCHAR NOT NULL,
    new_layout        VARCHAR NOT NULL,
    new_province_code VARCHAR NOT NULL,
    new_province_name VARCHAR NOT NULL,
    effective_date    DATE NOT NULL,
    name_kept         BOOLEAN NOT NULL,
    PRIMARY KEY (old_layout, old_province_code)
);
COMMENT ON TABLE province_merger_2025 IS 'The 2025 reorganisation: each of the 63 pre2025 units and the one from2025 unit it became on 2025-07-01 (no unit was split). Use it to roll pre2025 figures up into the 34-unit layout.';
COMMENT ON COLUMN province_merger_2025.old_layout IS 'Always pre2025.';
COMMENT ON COLUMN province_merger_2025.old_province_code IS 'GSO code of the unit before the merger.';
COMMENT ON COLUMN province_merger_2025.old_province_name IS 'Name of the unit before the merger.';
COMMENT ON COLUMN province_merger_2025.new_layout IS 'Always from2025.';
COMMENT ON COLUMN province_merger_2025.new_province_code IS 'GSO code of the unit it became (may equal another old unit''s code).';
COMMENT ON COLUMN province_merger_2025.new_province_name IS 'Name of the unit it became.';
COMMENT ON COLUMN province_merger_2025.effective_date IS 'Date the new layout took effect (2025-07-01).';
COMMENT ON COLUMN province_merger_2025.name_kept IS 'True when the new unit kept this old unit''s name.';
