#!/bin/sh
# Runs once, when the database volume is first created (postgres image's /docker-entrypoint-initdb.d).
# POSTGRES_USER owns the schema and runs the migrations; the application connects as ledger_app,
# which may only add and read audit rows; ledger_audit_purge deletes audit rows past retention.
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$LEDGER_APP_DB_PASSWORD" \
     -U "$POSTGRES_USER" -d "$POSTGRES_DB" <<'SQL'
create role ledger_app login password :'app_password';
create role ledger_audit_purge nologin;
grant connect on database ledger to ledger_app;
SQL
