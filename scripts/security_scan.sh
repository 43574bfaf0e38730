#!/usr/bin/env bash
# Security scanners (CI runs this through `make security`):
#  - bandit over the product's code: fails on any HIGH-severity finding (lower ones are printed);
#  - pip-audit over the installed dependencies: fails on any known vulnerability, unless it is listed
#    with its reason in scripts/pip-audit-ignore.txt (one "ID  # why" per line);
#  - Django's `check --deploy` on the production settings: fails on any warning.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
CODE="recruiting requisitions candidates interviews reports api"

echo "-- bandit (fails on high severity)"
$BIN/bandit -q -r $CODE -x '*/migrations/*' --severity-level low --format txt --exit-zero | tail -n 25
$BIN/bandit -q -r $CODE -x '*/migrations/*' --severity-level high

echo "-- pip-audit (fails on a known vulnerability not listed in scripts/pip-audit-ignore.txt)"
ignores=()
while read -r id _; do [[ -n "$id" && "$id" != \#* ]] && ignores+=(--ignore-vuln "$id"); done < scripts/pip-audit-ignore.txt
out=$($BIN/pip-audit --progress-spinner off --skip-editable "${ignores[@]}" 2>&1) || { echo "$out"; exit 1; }
echo "$out" | head -n 1
unaudited=$(echo "$out" | grep "could not be audited" | awk '{print $1}' || true)
if [[ -n "$unaudited" ]]; then
  echo "WARNING: pip-audit could not audit $(echo "$unaudited" | wc -l) package(s) (PyPI's per-version JSON and OSV"
  echo "         are out of reach from here); checking them through their project pages instead:"
  # shellcheck disable=SC2086
  $BIN/python scripts/audit_latest.py $unaudited
fi

echo "-- check --deploy (production settings)"
env DJANGO_SETTINGS_MODULE=recruiting.settings.production \
  SECRET_KEY="ci-only-$(printf 'x%.0s' {1..60})" ALLOWED_HOSTS=hiring.example.com \
  DATABASE_URL=sqlite:////tmp/recruiting-deploy-check.sqlite3 REDIS_URL=redis://127.0.0.1:6379/0 \
  $BIN/python manage.py check --deploy --fail-level WARNING
echo "security scan passed"
