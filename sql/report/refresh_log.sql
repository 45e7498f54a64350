-- The latest publishes of this warehouse, newest first. Parameter: $limit.
SELECT finished, run_id, trigger, files_new, files_changed, files_unchanged, files_removed, files_quarantined,
       rows_quarantined, open_issues, raw_dir
FROM refresh_log
ORDER BY finished DESC
LIMIT $limit;
