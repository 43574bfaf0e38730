# The two commands of the README: `make run` and `make test`. Everything else is a helper of theirs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test install browser lint security clean messages bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# SQLite, eager tasks, console email, demo users: no server to install.
run: $(STAMP)
	env -u DATABASE_URL -u REDIS_URL $(BIN)/python manage.py migrate --noinput
	env -u DATABASE_URL -u REDIS_URL $(BIN)/python manage.py seed_demo
	@echo "Serving http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	env -u DATABASE_URL -u REDIS_URL $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole suite: SQLite by default; PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set.
test: $(STAMP) browser
	$(BIN)/pytest --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

# Debian's Chromium (and CJK fonts) for the browser tests, installed through apt when missing and root.
browser:
	@scripts/ensure_chromium.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	env -u DATABASE_URL $(BIN)/python manage.py makemigrations --check --dry-run

# bandit (no high finding), pip-audit (no known vulnerability unless listed with its reason), check --deploy.
security: $(STAMP)
	scripts/security_scan.sh

# The benchmark on PostgreSQL and Redis: 200,000 people (seed_scale), then pages, apply, letters and
# import measured against their targets; writes docs/bench/ and the table in docs/performance.md.
bench: $(STAMP)
	scripts/bench/run.sh

# Refresh the Chinese catalogue after adding strings (makemessages needs gettext's xgettext), fill it
# from scripts/zh_hans_translations.py and compile it with polib. The compiled .mo is committed, so a
# fresh machine needs no gettext.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l zh_Hans --ignore=.venv --ignore=static --ignore=staticfiles \
		--ignore=tests --no-obsolete
	$(BIN)/python scripts/zh_hans_translations.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .coverage htmlcov
