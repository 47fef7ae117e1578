#!/bin/sh
# Make the benchmark database from nothing: schema, reference data, synthetic data.
# Usage: bench/setup_db.sh EVENTS ARTICLES   (DATABASE_URL defaults to concord_bench)
set -eu
cd "$(dirname "$0")/.."
EVENTS=${1:-1000000}
ARTICLES=${2:-1000000}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/concord_bench}
export SECRET_KEY=${SECRET_KEY:-bench-only-not-a-secret}
name=${DATABASE_URL##*/}
server=${DATABASE_URL%/*}/postgres
psql "$server" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_reference_data | tail -1
/usr/bin/time -f "generate_synthetic: %e s wall, %M KiB max RSS" \
    .venv/bin/python manage.py generate_synthetic --events "$EVENTS" --articles "$ARTICLES"
psql "$DATABASE_URL" -c "SELECT pg_size_pretty(pg_database_size('$name')) AS database_size"
