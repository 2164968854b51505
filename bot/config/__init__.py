"""The configuration: the schema, YAML with line numbers, loading, the cross-reference checks
against the features, sanity limits, `/config explain` and the watch for a config saved elsewhere."""
