-- Why items were rejected: the quarantine grouped by stage and reason, with the files it concerns.
SELECT stage, reason, count(*) AS items, count(DISTINCT source_id) AS files,
       string_agg(DISTINCT source_id, ', ' ORDER BY source_id) AS source_ids
FROM quarantine
GROUP BY stage, reason
ORDER BY items DESC, stage, reason;
