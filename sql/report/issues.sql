-- The open reconciliation issues, grouped by kind, with the sentence that says what to do.
SELECT kind, layout, province_code, geo_name, year, metric, stars, "values", sources, explained_by_expiry, message
FROM reconciliation_issues
ORDER BY kind, geo_name, year, metric, stars NULLS FIRST, issue_id;
