-- Input files per kind and status, with the items read, loaded and quarantined.
SELECT kind, status, count(*) AS files, sum(rows_read) AS rows_read, sum(rows_loaded) AS rows_loaded,
       sum(rows_quarantined) AS rows_quarantined
FROM source_files
GROUP BY kind, status
ORDER BY kind, status;
