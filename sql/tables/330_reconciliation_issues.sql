CREATE TABLE reconciliation_issues (
    issue_id            VARCHAR NOT NULL PRIMARY KEY,
    kind                VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,
    layout              VARCHAR,
    province_code       VARCHAR,
    geo_name            VARCHAR,
    year                INTEGER,
    metric              VARCHAR,
    stars               VARCHAR,
    "values"            VARCHAR NOT NULL,
    sources             VARCHAR NOT NULL,
    explained_by_expiry BOOLEAN,
    message             VARCHAR NOT NULL
);
COMMENT ON TABLE reconciliation_issues IS 'One row per problem reconciliation found, with a sentence a person can act on.';
COMMENT ON COLUMN reconciliation_issues.issue_id IS 'Stable id of the issue.';
COMMENT ON COLUMN reconciliation_issues.kind IS 'breakdown_mismatch (parts of one source do not add up), source_conflict, list_disagrees (a product list and a reported count differ), count_falls (a cumulative count went down), place_not_in_force (a unit named after it ceased to exist).';
COMMENT ON COLUMN reconciliation_issues.severity IS 'warning: data to check, never a reason to stop a refresh.';
COMMENT ON COLUMN reconciliation_issues.layout IS 'Layout of province_code.';
COMMENT ON COLUMN reconciliation_issues.province_code IS 'GSO code of the province concerned.';
COMMENT ON COLUMN reconciliation_issues.geo_name IS 'Place concerned.';
COMMENT ON COLUMN reconciliation_issues.year IS 'Year concerned.';
COMMENT ON COLUMN reconciliation_issues.metric IS 'Metric concerned.';
COMMENT ON COLUMN reconciliation_issues.stars IS 'Star level concerned, if any.';
COMMENT ON COLUMN reconciliation_issues."values" IS 'The values involved.';
COMMENT ON COLUMN reconciliation_issues.sources IS 'The sources involved.';
COMMENT ON COLUMN reconciliation_issues.explained_by_expiry IS 'For count_falls: whether certificate expiry (36 months) can explain the fall.';
COMMENT ON COLUMN reconciliation_issues.message IS 'What happened and what to do.';
