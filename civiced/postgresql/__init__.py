"""Django's PostgreSQL backend, subclassed so that its query log shows the statements
`civiced.db.prepared_statements()` prepares (the ENGINE in civiced/settings/base.py)."""
