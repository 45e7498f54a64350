-- The 6 regions, north to south (by the smallest statistics-office code of their units: the codes run north to
-- south), with the number of units of each layout.
SELECT r.region_name AS region, r.short_name, r.provinces_pre2025, r.provinces_from2025
FROM dim_region r
LEFT JOIN dim_province p ON p.region_name = r.region_name AND p.layout = 'pre2025'
GROUP BY ALL
ORDER BY min(p.province_code) NULLS LAST, r.region_name;
