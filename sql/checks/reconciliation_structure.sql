-- Structural faults of the reconciled tables: negative counts, stars outside the set, coverage above 100 %,
-- province keys without a layout. Any row stops the publish.
SELECT 'province_stats: negative value for ' || province_name || ' ' || year AS fault FROM province_stats WHERE value < 0
UNION ALL
SELECT 'province_stats: stars ' || stars || ' outside 3, 4, 5, potential_5' FROM province_stats
WHERE stars IS NOT NULL AND stars NOT IN ('3', '4', '5', 'potential_5')
UNION ALL
SELECT 'province_stats: province ' || province_code || ' without layout' FROM province_stats WHERE layout IS NULL
UNION ALL
SELECT 'province_stats: key (' || layout || ', ' || province_code || ') not in dim_province' FROM province_stats s
WHERE NOT EXISTS (SELECT 1 FROM dim_province p WHERE p.layout = s.layout AND p.province_code = s.province_code)
UNION ALL
SELECT 'claims: province ' || province_code || ' without layout' FROM claims WHERE province_code IS NOT NULL AND layout IS NULL
UNION ALL
SELECT 'claims: negative count ' || claim_id FROM claims WHERE value < 0 AND metric IN ('products', 'subjects')
UNION ALL
SELECT 'agg_national: coverage ' || coverage_pct || ' % in ' || layout || ' ' || year FROM agg_national WHERE coverage_pct > 100 OR coverage_pct < 0
UNION ALL
SELECT 'agg_regional: coverage ' || coverage_pct || ' % for ' || region || ' ' || year FROM agg_regional WHERE coverage_pct > 100 OR coverage_pct < 0
UNION ALL
SELECT 'agg_national: ' || provinces_reporting || ' units reporting of ' || provinces_total FROM agg_national WHERE provinces_reporting > provinces_total;
