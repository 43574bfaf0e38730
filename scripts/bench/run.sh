#!/usr/bin/env bash
# `make bench`: a fresh PostgreSQL database, the large data set (seed_scale, timed), then the benchmark
# (manage.py bench), which writes docs/bench/bench.{json,md} and the table in docs/performance.md.
# Needs PostgreSQL and Redis on 127.0.0.1 (as in CI) and `make install`. Takes about 15 minutes.
#   BENCH_CANDIDATES=20000 make bench    a smaller run (the targets are for 200,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-recruiting_bench}"
CANDIDATES="${BENCH_CANDIDATES:-200000}"
MEDIA="$(mktemp -d)"
trap 'rm -rf "$MEDIA"' EXIT

export DJANGO_SETTINGS_MODULE=recruiting.settings.local DEBUG=false ALLOWED_HOSTS=testserver
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB" REDIS_URL="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/6}"
# Tasks are queued as in production, to a queue no worker reads (emptied at the end); files go to a
# temporary folder.
export CELERY_QUEUE=recruiting-bench EMAIL_URL=dummymail:// LOG_LEVEL=WARNING MEDIA_ROOT="$MEDIA"
export PYTHONWARNINGS="ignore::UserWarning"

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
.venv/bin/python manage.py migrate --noinput -v 0
started=$(date +%s)
.venv/bin/python manage.py seed_scale --candidates "$CANDIDATES" | tee /tmp/seed_scale.log
echo "seed_scale (with its start-up and the demo data): $(( $(date +%s) - started )) s"
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE" >/dev/null
.venv/bin/python manage.py bench --seed-log /tmp/seed_scale.log --seed-seconds "$(( $(date +%s) - started ))" "$@"
.venv/bin/python - <<'PY'
import os, redis
redis.Redis.from_url(os.environ["REDIS_URL"]).delete("recruiting-bench")
PY
