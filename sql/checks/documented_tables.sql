-- Every published table, view and column (views' columns included) carries a COMMENT: the data dictionary analysts read.
SELECT 'table ' || table_name || ' has no comment' AS fault
FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND coalesce(comment, '') = ''
UNION ALL
SELECT 'view ' || view_name || ' has no comment'
FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal AND coalesce(comment, '') = ''
UNION ALL
SELECT 'column ' || table_name || '.' || column_name || ' has no comment'
FROM duckdb_columns() c
WHERE database_name = current_database() AND schema_name = 'main' AND coalesce(comment, '') = ''
  AND (table_name IN (SELECT table_name FROM duckdb_tables() WHERE database_name = current_database())
       OR table_name IN (SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal));
