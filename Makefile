# civiced: two commands for a newcomer.
#   make run   install, migrate, load the demo, serve on http://127.0.0.1:$(PORT)
#   make test  lint, checks, the suite on SQLite and on PostgreSQL + Redis with the
#              caches on, the browser tests, the multi-process tests
#   make bench load benchmarks against a bare Django view (not part of make test)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
WORKERS ?= 2
# What `make run` serves with: the dev settings with DEBUG off.
RUN_SETTINGS := civiced.settings.demo
# Synthetic learners `make run` adds so the dashboard and open data have figures.
DEMO_LEARNERS ?= 2000
I18N_IGNORE := --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests

.DEFAULT_GOAL := help
.PHONY: help install run serve test lint format checks pytest-sqlite pytest-postgres \
	pytest-browser pytest-multiprocess messages compile-messages clean .system-run-deps \
	.system-test-deps bench .system-bench-deps

help:
	@echo "make run    - set up and serve the site with demo content on http://127.0.0.1:$(PORT)"
	@echo "make test   - lint, checks and every test (SQLite, PostgreSQL, browser)"
	@echo "make bench  - load benchmarks with their targets (about 10 minutes)"
	@echo "make messages - extract translatable strings into locale/uk/LC_MESSAGES/django.po"

# --- installation -------------------------------------------------------------------

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	@scripts/ensure-debian-packages.sh npm=npm
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# DejaVu Sans prints the Cyrillic on certificates (PDF).
.system-run-deps:
	@scripts/ensure-debian-packages.sh msgfmt=gettext xgettext=gettext \
		/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf=fonts-dejavu-core

.system-test-deps: .system-run-deps
	@scripts/ensure-debian-packages.sh /usr/bin/chromium=chromium \
		/usr/lib/postgresql/15/bin/initdb=postgresql-15 redis-server=redis-server

install: $(VENV)/.installed node_modules/.installed .system-run-deps
	@mkdir -p var

compile-messages: install
	$(MANAGE) compilemessages $(I18N_IGNORE) -v0

# --- make run -----------------------------------------------------------------------

run: compile-messages
	@# The shared cache (var/cache) starts empty: what it kept may describe a database
	@# that was since replaced.
	$(MANAGE) shell -v0 -c "from django.core.cache import cache; cache.clear()"
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) seed_demo
	$(MANAGE) seed_load --learners $(DEMO_LEARNERS)
	@echo ""
	@echo "Serving civiced on http://127.0.0.1:$(PORT)  (Ctrl+C stops it)"
	@# The task worker prepares background exports next to the web server and stops
	@# with it.
	@# Both serve with civiced/settings/demo.py: dev's settings with DEBUG off (a crash
	@# shows the friendly page and logs its traceback); `manage.py runserver` is the
	@# debug server.
	@DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(MANAGE) db_worker --backend reports \
		--queue-name '*' --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(VENV)/bin/gunicorn civiced.wsgi \
		--bind 127.0.0.1:$(PORT) --workers $(WORKERS) --access-logfile - --log-level warning

# --- make test ----------------------------------------------------------------------

test: install .system-test-deps compile-messages lint checks pytest-sqlite pytest-postgres pytest-browser \
	pytest-multiprocess
	@echo "make test: all green"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

checks: install
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# pytest-xdist runs each pass in one process per core (PYTEST_WORKERS=0: one process);
# each worker has its own test database, uploads folder and Redis database
# (civiced/settings/test.py). `--dist load` hands each worker tests in the order
# pytest-django sorts them, so the tests that flush the database (transaction=True)
# run last on every worker; `worksteal` would let a worker run a stolen flushing
# test before its other tests, which then miss the groups and pages the migrations
# made.
PYTEST_WORKERS ?= auto
PYTEST_SPLIT = -n $(PYTEST_WORKERS) --dist load

# The browser and multi-process tests have passes of their own.
IN_PROCESS := -m "not browser and not multiprocess"

pytest-sqlite: install
	$(VENV)/bin/pytest $(IN_PROCESS) -p no:cacheprovider $(PYTEST_SPLIT)

# The PostgreSQL pass runs with the caches on, as in production (Redis as the cache,
# also in front of the sessions; civiced/settings/test.py), so the cached paths are
# what it tests.
pytest-postgres: install
	CIVICED_TEST_CACHES=on scripts/with-postgres.sh scripts/with-redis.sh \
		$(VENV)/bin/pytest $(IN_PROCESS) -p no:cacheprovider $(PYTEST_SPLIT)

pytest-browser: install
	$(VENV)/bin/pytest -m browser -p no:cacheprovider $(PYTEST_SPLIT)

# Real gunicorn servers of two workers each, on one PostgreSQL database and one Redis
# the tests start themselves (they kill it), and `make run`'s set-up on SQLite: a
# change made on one worker shows on every other (tests/multiprocess/). One process:
# the servers are the parallelism.
pytest-multiprocess: install
	scripts/with-postgres.sh $(VENV)/bin/pytest -m multiprocess -p no:cacheprovider \
		tests/multiprocess

# --- make bench ---------------------------------------------------------------------

# Throw-away PostgreSQL and Redis, the demo plus a synthetic city, gunicorn and wrk;
# see bench/run.py and docs/performance.md. BENCH_ARGS=--update-docs rewrites the
# table in docs/performance.md.
BENCH_ARGS ?=

.system-bench-deps:
	@scripts/ensure-debian-packages.sh wrk=wrk redis-server=redis-server \
		/usr/lib/postgresql/15/bin/initdb=postgresql-15

bench: compile-messages .system-bench-deps
	scripts/with-postgres.sh $(PY) bench/run.py $(BENCH_ARGS)

# --- development helpers --------------------------------------------------------------

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install
	$(MANAGE) makemessages -l uk --no-obsolete --no-location $(I18N_IGNORE)

clean:
	rm -rf var/static .pytest_cache
