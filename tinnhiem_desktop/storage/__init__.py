"""The only package that speaks SQL: the session file, its schema, its log and its fingerprint."""
