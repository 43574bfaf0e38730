#!/usr/bin/env bash
# Load test: gunicorn (3 workers) + a Celery worker on PostgreSQL and Redis on 127.0.0.1; locust
# runs 200 applying candidates and 20 HR users for DURATION (default 3m), then the database is
# counted: every application the server confirmed is stored once, none lost, none twice.
# Writes scripts/loadtest/results/{stats.csv,summary.json,summary.md}. Needs `make install` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-3m}"
PORT="${PORT:-8765}"
DB="${LOAD_DB:-recruiting_load}"
OUT=scripts/loadtest/results
mkdir -p "$OUT"
rm -f "$OUT"/confirmed.txt

export DJANGO_SETTINGS_MODULE=recruiting.settings.local DEBUG=false
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB" REDIS_URL="${LOAD_REDIS_URL:-redis://127.0.0.1:6379/5}"
export CELERY_QUEUE=recruiting-load EMAIL_URL=dummymail:// LOG_LEVEL=WARNING
export APPLY_RATE_PER_IP_HOUR=1000000 APPLY_RATE_PER_EMAIL_DAY=1000000 LOGIN_FAILURE_LIMIT=1000

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py seed_demo >/dev/null
BOARDS=$(.venv/bin/python manage.py shell --no-imports -c \
  "from requisitions.models import Requisition as R; print(','.join(str(p) for p in R.objects.filter(status='open').values_list('pk', flat=True)))" | tail -n 1)

.venv/bin/gunicorn recruiting.wsgi -b "127.0.0.1:$PORT" -w 3 --log-level warning &
WEB=$!
.venv/bin/celery -A recruiting worker -P solo -Q recruiting-load -l WARNING >/dev/null 2>&1 &
WORKER=$!
trap 'kill $WEB $WORKER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

LOAD_BOARDS="$BOARDS" LOAD_CONFIRMED_FILE="$OUT/confirmed.txt" .venv/bin/locust -f scripts/loadtest/locustfile.py \
  --headless -u 220 -r 20 -t "$DURATION" --host "http://127.0.0.1:$PORT" --csv "$OUT/run" --only-summary \
  >"$OUT/locust.log" 2>&1 || true

.venv/bin/python scripts/loadtest/summarise.py "$OUT" "$DURATION"
