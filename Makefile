# The README's two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=cms.settings.dev

.PHONY: run test lint check migrate demo serve clean

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

run: $(VENV)/.installed-run
	$(DEV) $(PY) manage.py migrate --no-input
	$(DEV) $(PY) manage.py load_demo_content
	$(DEV) $(PY) manage.py create_dev_accounts
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis .test-media
