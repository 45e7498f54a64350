-- Every file's items are either loaded or quarantined; a quarantined file has a quarantine row.
SELECT source_id || ': read ' || rows_read || ' <> loaded ' || rows_loaded || ' + quarantined ' || rows_quarantined AS fault
FROM source_files WHERE rows_read <> rows_loaded + rows_quarantined
UNION ALL
SELECT source_id || ' is quarantined but has no quarantine row'
FROM source_files f WHERE status = 'quarantined' AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.source_id = f.source_id)
UNION ALL
SELECT source_id || ': ' || rows_quarantined || ' items quarantined, ' || (SELECT count(*) FROM quarantine q WHERE q.source_id = f.source_id) || ' quarantine rows'
FROM source_files f WHERE rows_quarantined > (SELECT count(*) FROM quarantine q WHERE q.source_id = f.source_id);
