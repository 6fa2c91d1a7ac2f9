# The README's two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=cms.settings.dev

.PHONY: run test lint check migrate demo serve stack clean backup restore services opensearch opensearch-stop

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

# Front-end libraries (Leaflet): reinstall only when package-lock.json changes.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

run: $(VENV)/.installed-run node_modules/.installed
	$(DEV) $(PY) manage.py migrate --no-input
	$(DEV) $(PY) manage.py load_demo_content
	$(DEV) $(PY) manage.py setup_roles
	$(DEV) $(PY) manage.py create_dev_accounts
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-test node_modules/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

# The production configuration locally: settings.production, static files collected and served
# by whitenoise, gunicorn with workers from the CPU count (cms/gunicorn.conf.py).
ifeq ($(origin DJANGO_SECRET_KEY),undefined)
serve: export DJANGO_SECRET_KEY := $(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')
serve: SECRET_NOTE := DJANGO_SECRET_KEY is not set: using a throwaway key for this run (logins end when the server stops).
endif
serve: export DJANGO_SETTINGS_MODULE := cms.settings.production
serve: export DJANGO_ALLOWED_HOSTS ?= localhost,127.0.0.1
# Plain http on this machine: no redirect to https, cookies without `Secure` (docs/deployment.md).
serve: export DJANGO_SECURE_SSL_REDIRECT ?= false
serve: $(VENV)/.installed-run
	@$(if $(SECRET_NOTE),echo "$(SECRET_NOTE)")
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input --verbosity 0
	@echo "Serving http://127.0.0.1:$(PORT)/ with production settings (gunicorn, plain http: local use only)"
	PORT=$(PORT) $(VENV)/bin/gunicorn -c cms/gunicorn.conf.py cms.wsgi

# Servers of the production-like stack on 127.0.0.1, installed when missing (needs root) and
# started when not running: PostgreSQL, Redis, OpenSearch (from Maven Central) and Chromium.
services:
	scripts/services.sh all

opensearch:
	scripts/services.sh opensearch

# The site on the production-like stack: PostgreSQL, Redis and OpenSearch on 127.0.0.1 (installed
# and started when missing), the demo content indexed in OpenSearch, served like `make serve`.
STACK_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/famnrw_stack
STACK_REDIS_URL ?= redis://127.0.0.1:6379/0
STACK_OPENSEARCH_URL ?= http://127.0.0.1:9200
STACK := DATABASE_URL=$(STACK_DATABASE_URL) REDIS_URL=$(STACK_REDIS_URL) OPENSEARCH_URL=$(STACK_OPENSEARCH_URL)
stack: $(VENV)/.installed-run node_modules/.installed
	scripts/services.sh postgres
	scripts/services.sh redis
	scripts/services.sh opensearch
	-scripts/services.sh thesaurus
	scripts/services.sh database $(STACK_DATABASE_URL)
	$(STACK) $(DEV) $(PY) manage.py migrate --no-input
	$(STACK) $(DEV) $(PY) manage.py load_demo_content
	$(STACK) $(DEV) $(PY) manage.py setup_roles
	$(STACK) $(DEV) $(PY) manage.py create_dev_accounts
	$(STACK) $(DEV) $(PY) manage.py rebuild_search_index
	env $(STACK) $(MAKE) --no-print-directory serve

opensearch-stop:
	scripts/services.sh opensearch-stop

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .hypothesis .test-media

# Database content and media files in one archive (FILE= to choose the name).
backup: $(VENV)/.installed-run
	$(DEV) $(PY) manage.py backup $(FILE)

restore: $(VENV)/.installed-run
	@test -n "$(FILE)" || (echo "Bitte FILE=pfad/zur/sicherung.tar.gz angeben." && exit 2)
	$(DEV) $(PY) manage.py restore --no-input $(FILE)
