-- Structural faults in article_claims: a quote that is not its span's length, a province without layout,
-- a claim of an unknown article, a rating of an unknown product.
SELECT claim_id || ': quote length ' || length(quote) || ' <> span ' || (span_end - span_start) AS fault
FROM article_claims WHERE length(quote) <> span_end - span_start
UNION ALL
SELECT claim_id || ': province ' || province_code || ' without layout' FROM article_claims
WHERE province_code IS NOT NULL AND layout IS NULL
UNION ALL
SELECT claim_id || ': province key (' || c.layout || ', ' || c.province_code || ') not in dim_province'
FROM article_claims c WHERE province_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dim_province p WHERE p.layout = c.layout AND p.province_code = c.province_code)
UNION ALL
SELECT claim_id || ': source ' || source_id || ' not in articles'
FROM article_claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = c.source_id)
UNION ALL
SELECT rating_id || ': product ' || product_id || ' not in dim_product'
FROM fact_product_rating r WHERE NOT EXISTS (SELECT 1 FROM dim_product p WHERE p.product_id = r.product_id)
UNION ALL
SELECT rating_id || ': province key (' || r.layout || ', ' || r.province_code || ') not in dim_province'
FROM fact_product_rating r
WHERE NOT EXISTS (SELECT 1 FROM dim_province p WHERE p.layout = r.layout AND p.province_code = r.province_code)
UNION ALL
SELECT claim_id || ': sheet claim province ' || province_code || ' without layout' FROM sheet_claims
WHERE province_code IS NOT NULL AND layout IS NULL;
