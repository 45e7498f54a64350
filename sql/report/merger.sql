-- Which 2025 unit each of the 63 former units became, and whether its name was kept: the territory of the 34 units
-- on the map.
SELECT old_province_code, old_province_name, new_province_code, new_province_name, name_kept
FROM province_merger_2025
ORDER BY new_province_code, old_province_code;
