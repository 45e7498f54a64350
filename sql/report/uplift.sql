-- Revenue, price and output rises after OCOP recognition as each source stated them (ranges as low and high).
SELECT geo_level, geo_name, layout, province_code, year, kind, metric, low_pct, high_pct, share_pct, qualifier,
       source_id, quote
FROM fact_sales_uplift
ORDER BY geo_name, year NULLS LAST, metric, low_pct, claim_id;
