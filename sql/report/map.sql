-- Every unit of both layouts with its count (all star levels, cumulative) as of its layout's latest year: the latest
-- year in which some unit had a figure of its own (or, from 2025, rolled up from its predecessors). The same rule as
-- agg_national: a unit without a figure that year carries its latest earlier one forward; a from2025 unit without a
-- figure of its own takes the sum of its pre2025 predecessors only when every one of them has a figure. The sum of
-- value per layout is agg_national.bottom_up_value of that year. Parameter: $metric (products, subjects).
WITH own AS (
    SELECT layout, province_code, year, value, status,
           list_sort(list_distinct([r.value FOR r IN reported_values])) AS values_reported
    FROM province_stats
    WHERE metric = $metric AND stars IS NULL AND subject_type IS NULL AND kind = 'cumulative'
),
as_of AS (
    SELECT layout, max(year) AS year
    FROM agg_national
    WHERE metric = $metric AND stars IS NULL AND kind = 'cumulative'
      AND provinces_reporting > provinces_carried_forward
    GROUP BY layout
),
own_at AS (
    SELECT o.*
    FROM own o JOIN as_of a ON a.layout = o.layout AND o.year <= a.year
    QUALIFY row_number() OVER (PARTITION BY o.layout, o.province_code ORDER BY o.year DESC) = 1
),
roll_year AS (  -- the from2025 year; while no from2025 unit has a figure, the latest year of any figure
    SELECT coalesce((SELECT year FROM as_of WHERE layout = 'from2025'), (SELECT max(year) FROM own)) AS year
),
old_at AS (  -- pre2025 figures up to that year, for the roll-up
    SELECT m.new_province_code, m.old_province_name, o.year, o.value, o.status
    FROM own o
    JOIN province_merger_2025 m ON o.layout = 'pre2025' AND m.old_province_code = o.province_code
    JOIN roll_year a ON o.year <= a.year
    QUALIFY row_number() OVER (PARTITION BY o.province_code ORDER BY o.year DESC) = 1
),
rolled AS (
    SELECT o.new_province_code AS province_code, sum(o.value) AS value, min(o.year) AS year,
           bool_or(o.status = 'conflict') AS conflict, count(*) AS predecessors_with_figure,
           string_agg(o.old_province_name || ' ' || CAST(o.value AS BIGINT) || ' (' || o.year || ')', ', '
                      ORDER BY o.old_province_name) AS predecessor_figures
    FROM old_at o
    GROUP BY o.new_province_code
),
predecessors AS (
    SELECT new_province_code AS province_code, count(*) AS predecessors FROM province_merger_2025 GROUP BY ALL
)
SELECT u.layout, u.province_code, u.province_name, u.region_name AS region, a.year AS as_of_year,
       CASE WHEN o.value IS NOT NULL THEN o.value WHEN r.predecessors_with_figure = p.predecessors THEN r.value END
           AS value,
       CASE WHEN o.value IS NOT NULL THEN o.year WHEN r.predecessors_with_figure = p.predecessors THEN r.year END
           AS figure_year,
       CASE WHEN o.value IS NOT NULL AND o.year = a.year THEN 'own'
            WHEN o.value IS NOT NULL THEN 'carried_forward'
            WHEN r.predecessors_with_figure = p.predecessors THEN 'rolled_up'
            ELSE 'no_figure' END AS origin,
       CASE WHEN o.value IS NOT NULL THEN o.status = 'conflict'
            WHEN r.predecessors_with_figure = p.predecessors THEN r.conflict
            ELSE false END AS conflict,
       o.values_reported,
       CASE WHEN o.value IS NULL THEN r.predecessor_figures END AS predecessor_figures,
       CASE WHEN o.value IS NULL AND u.layout = 'from2025' THEN coalesce(r.predecessors_with_figure, 0) END
           AS predecessors_with_figure,
       CASE WHEN u.layout = 'from2025' THEN p.predecessors END AS predecessors
FROM dim_province u
LEFT JOIN as_of a ON a.layout = u.layout
LEFT JOIN own_at o ON o.layout = u.layout AND o.province_code = u.province_code
LEFT JOIN rolled r ON u.layout = 'from2025' AND r.province_code = u.province_code
LEFT JOIN predecessors p ON u.layout = 'from2025' AND p.province_code = u.province_code
ORDER BY u.layout = 'from2025', u.province_code;
