# Leercommunity & Ontwikkelplaats. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
ADMIN_PASSWORD_FILE := var/admin-password
HOST ?= 127.0.0.1
PORT ?= 8000
BROWSER ?= 1
TEST_WORKERS ?= $(shell nproc 2>/dev/null | awk '{print ($$1 > 4) ? 4 : $$1}')
# One id for the three pytest runs of `make test`: with --create-db the first one builds the
# cached test database and demo again (var/test-databases/) and the others reuse them.
export TEST_RUN_ID := $(or $(TEST_RUN_ID),$(shell date +%s%N))

.DEFAULT_GOAL := help
.PHONY: help install chromium run demo serve test test-postgres vnu lint format messages lock check-deploy clean loadtest pagebench posting-race

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  \033[1m%-15s\033[0m %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@echo "→ Virtuele omgeving en pakketten installeren (eenmalig, daarna alleen bij een nieuwe lock)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --progress-bar off -r requirements.lock
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the locked dependencies (skipped when unchanged)

$(ADMIN_PASSWORD_FILE):
	@mkdir -p var
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(12))" > $@

demo: install $(ADMIN_PASSWORD_FILE) ## Migrate and load the demo content (idempotent)
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --admin-username admin --admin-password-file $(ADMIN_PASSWORD_FILE)

run: demo ## Set up, load the demo content and serve the site on http://127.0.0.1:8000
	@echo ""
	@echo "  Site:      http://$(HOST):$(PORT)/   (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Beheer:    http://$(HOST):$(PORT)/admin/"
	@echo "  Inloggen:  admin / $$(cat $(ADMIN_PASSWORD_FILE))   (beheer)"
	@echo "  Leden:     school@leercommunity.example of aanbieder@leercommunity.example / $$(cat var/member-password 2>/dev/null)"
	@echo "             ook: programmaleider@, coordinator-noord@ (Ontwikkelroute), fonds@, gemeente@ (Ontwikkelfonds) — zelfde wachtwoord"
	@echo ""
	@if [ -n "$$ELASTICSEARCH_URL" ]; then \
	  echo "→ Elasticsearch op $$ELASTICSEARCH_URL: indexen opbouwen en de index-worker starten"; \
	  $(MANAGE) search_index rebuild; \
	  $(MANAGE) db_worker --backend search --queue-name search --no-reload & \
	  trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	fi; \
	echo "→ E-mail en meldingen: de taak-worker (wachtrij default) draait op de achtergrond"; \
	$(MANAGE) db_worker --backend default --queue-name default --no-reload >var/worker.log 2>&1 & \
	trap "kill $$(jobs -p) 2>/dev/null" EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# Production settings on this machine: plain HTTP on loopback, a key generated once into var/.
SERVE_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret-key)}" SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false}
WORKERS ?= 2

var/secret-key:
	@mkdir -p var
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

static: install var/secret-key ## Collect the static files for production settings (var/static, with a manifest)
	$(SERVE_ENV) $(MANAGE) collectstatic --no-input --verbosity 0

serve: demo static ## Serve with production settings under gunicorn on http://127.0.0.1:8000 (REDIS_URL, DATABASE_URL as set)
	@echo "  Site (productie-instellingen, gunicorn): http://$(HOST):$(PORT)/   gezondheid: /gezond/"
	$(SERVE_ENV) $(MANAGE) db_worker --backend default --queue-name default --no-reload >var/worker.log 2>&1 & \
	trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	$(SERVE_ENV) $(BIN)/gunicorn --config site/config/gunicorn.py --bind $(HOST):$(PORT) --workers $(WORKERS) config.wsgi

chromium: ## Install Debian's Chromium for the browser tests when it is missing
	@test -x /usr/bin/chromium || { echo "→ Chromium installeren (apt)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install chromium ## Set up and run the whole test suite (browser test included)
	@# Most tests run in parallel processes (pytest-xdist, a file per worker at a time); tests
	@# that commit for real empty the database when they end, so they run afterwards in one
	@# process, and the browser tests (on a live server) last. TEST_WORKERS=0: no parallel run.
	@# Each starts from a migrated database and a demo built once and kept in var/test-databases/
	@# (built again when a migration or, for the demo, any source file changes; --create-db forces it).
	$(BIN)/pytest -m "not browser and not transactional" -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)
	$(BIN)/pytest -m "transactional and not browser" $(PYTEST_ARGS)
	@# BROWSER=0 leaves the browser tests out (CI's PostgreSQL pass: they run on SQLite).
	@if [ "$(BROWSER)" = "0" ]; then echo "→ Browser tests not run in this pass (BROWSER=0)"; \
	else DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -m browser $(PYTEST_ARGS); fi

VNU_JAR := var/vnu/node_modules/vnu-jar/build/dist/vnu.jar

$(VNU_JAR):
	@echo "→ W3C Nu HTML checker installeren (npm, in var/vnu)"
	npm install --silent --no-audit --no-fund --prefix var/vnu vnu-jar

vnu: install $(VNU_JAR) ## Check the main page types of the demo with the W3C Nu HTML checker (zero errors)
	VNU_JAR=$(CURDIR)/$(VNU_JAR) $(BIN)/pytest -p no:xdist -q site/core/tests/test_html_validity.py

lint: install ## Ruff lint and format check, the import contract (import-linter), no import loops
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=site:. $(BIN)/lint-imports --no-cache
	PYTHONPATH=site:. $(BIN)/python bench/import_graph.py

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update and compile the translation files in locale/
	$(MANAGE) makemessages --locale en --no-location --ignore '.venv/*' --ignore 'var/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

lock: ## Regenerate requirements.lock (and the image's requirements-production.lock) from pyproject.toml
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras --extra dev -o requirements.lock pyproject.toml
	@# The image installs no test tools; same versions as the full lock.
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras -c requirements.lock -o requirements-production.lock pyproject.toml

check-deploy: install ## Run Django's deployment checks with production settings
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=$${SECRET_KEY:-check-only-$$(date +%s)-not-a-real-secret-key-0123456789abcdef} $(MANAGE) check --deploy --fail-level WARNING

clean: ## Remove the virtual environment and local data (database, media)
	rm -rf $(VENV) var

.PHONY: bench
BENCH_ARGS ?=
bench: install ## Run the search benchmark (BENCH_ARGS="--database postgres --scale 1.0")
	$(BIN)/python bench/search_benchmark.py $(or $(BENCH_ARGS),--database sqlite --scale 0.05)

.PHONY: bench-relevance
bench-relevance: install ## Judged queries on the demo data: zero results, recall@20, nDCG@10 (BENCH_ARGS="--database postgres", "--engine elasticsearch" with ELASTICSEARCH_URL)
	$(BIN)/python bench/relevance.py $(BENCH_ARGS)

LOADTEST_ARGS ?=
loadtest: install var/secret-key ## Load test: gunicorn + production settings on PostgreSQL and Redis, 50 readers and 5 posters for 60 s (loopback)
	$(BIN)/python bench/loadtest.py $(LOADTEST_ARGS)

posting-race: install var/secret-key ## Posting race: 5 members send 20 replies each at once to 4 gunicorn workers; the limit holds
	$(BIN)/python bench/posting_race.py $(LOADTEST_ARGS)

PAGEBENCH_ARGS ?=
pagebench: install var/secret-key ## Pages uncached and cached as a ratio to a bare Django view (bench/floor), interleaved, with wrk (PAGEBENCH_ARGS="--seconds 10 --rounds 3"; needs `make demo`)
	@command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
	$(BIN)/python bench/pagebench.py $(PAGEBENCH_ARGS)
