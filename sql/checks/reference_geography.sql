-- Each row returned is a fault in the reference geography; the check passes when none is returned.
SELECT 'pre2025 must hold 63 units, holds ' || count(*) AS fault
FROM dim_province WHERE layout = 'pre2025' HAVING count(*) <> 63
UNION ALL
SELECT 'from2025 must hold 34 units, holds ' || count(*)
FROM dim_province WHERE layout = 'from2025' HAVING count(*) <> 34
UNION ALL
SELECT 'Đồng bằng sông Cửu Long must hold 13 pre2025 units, holds ' || count(*)
FROM dim_province WHERE layout = 'pre2025' AND region_code = 'DBSCL' HAVING count(*) <> 13
UNION ALL
SELECT 'dim_region must hold 6 regions, holds ' || count(*) FROM dim_region HAVING count(*) <> 6
UNION ALL
SELECT 'pre2025 unit ' || p.province_code || ' ' || p.province_name || ' is mapped ' || count(m.old_province_code) || ' times'
FROM dim_province p LEFT JOIN province_merger_2025 m ON m.old_province_code = p.province_code
WHERE p.layout = 'pre2025' GROUP BY p.province_code, p.province_name HAVING count(m.old_province_code) <> 1
UNION ALL
SELECT 'merger target ' || m.new_province_code || ' is not a from2025 unit'
FROM province_merger_2025 m ANTI JOIN dim_province p ON p.layout = 'from2025' AND p.province_code = m.new_province_code
UNION ALL
SELECT 'from2025 unit ' || p.province_code || ' ' || p.province_name || ' has no predecessor'
FROM dim_province p ANTI JOIN province_merger_2025 m ON m.new_province_code = p.province_code
WHERE p.layout = 'from2025'
UNION ALL
SELECT 'province ' || province_code || ' has a region not in dim_region'
FROM dim_province ANTI JOIN dim_region USING (region_code);
