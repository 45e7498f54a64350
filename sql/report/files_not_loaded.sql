-- Input files that were not loaded in full: partly quarantined, unreadable, or duplicates of another file.
SELECT source_id, kind, status, rows_read, rows_loaded, rows_quarantined, error, duplicate_of
FROM source_files
WHERE status <> 'loaded'
ORDER BY status, source_id;
