# Utregs Plekkie — developer commands. `make` (or `make help`) lists them.
PYTHON ?= python3
VENV ?= .venv
PYTEST_ARGS ?=

BIN := $(VENV)/bin
# Touched after a successful install; pip runs again only when pyproject.toml is newer.
STAMP := $(VENV)/.installed-stamp

UI_FILES := $(wildcard ui/*.ui)
UI_PY := $(patsubst ui/%.ui,utregs_plekkie/gui/forms/ui_%.py,$(UI_FILES))

.DEFAULT_GOAL := help
# Prerequisites run in the order written (system packages before the install, etc.).
.NOTPARALLEL:
.PHONY: help venv install runtime-packages system-packages run test lint format ui translations demo bench clean distclean

help: ## Show this list
	@echo "Usage: make <target>   (variables: PYTHON=$(PYTHON) VENV=$(VENV) PYTEST_ARGS=...)"
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --upgrade pip
	@# PySide6 6.12 split QtPdf into extra wheels; after the pin to 6.11 they would linger.
	$(BIN)/python -m pip uninstall -y -q PySide6_Pdf PySide6_WebEngine 2>/dev/null || true
	$(BIN)/python -m pip install -e ".[test,dev]"
	@touch $@

venv: $(STAMP) ## Create the virtualenv (VENV) and install the app with test and dev tools

install: $(STAMP) ## Same as venv (re-installs only when pyproject.toml changed)

runtime-packages: ## Install the Debian libraries the app needs to open its window (Qt, fonts)
	PYTHON="$(PYTHON)" VENV="$(VENV)" bash .ci/ensure-system-packages --runtime

system-packages: ## Install the Debian packages the tests need (PostgreSQL, poppler, fonts, Qt libs)
	PYTHON="$(PYTHON)" VENV="$(VENV)" bash .ci/ensure-system-packages

run: runtime-packages install ## Install and start the app (SQLite database in the user's data folder)
	$(BIN)/utregs-plekkie

test: system-packages install ## Run the whole test suite (real PostgreSQL, Qt offscreen); PYTEST_ARGS=... to narrow
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install ## ruff check, ruff format --check, mypy (strict, whole package) and the import contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@# The layers and "only gui imports Qt" of [tool.importlinter] in pyproject.toml; the
	@# cycle check is tests/unit/test_import_contracts.py.
	$(BIN)/lint-imports --no-cache --no-logo

format: install ## Sort imports and format the code with ruff
	$(BIN)/ruff check --select I --fix .
	$(BIN)/ruff format .

ui: install $(UI_PY) ## Compile ui/*.ui into utregs_plekkie/gui/forms/ui_*.py

utregs_plekkie/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	$(BIN)/pyside6-uic $< -o $@

translations: install ## Update resources/translations/*.ts from the code and compile them to .qm
	$(BIN)/python -m utregs_plekkie.gui.i18n_tools
	@set -e; for ts in resources/translations/*.ts; do \
		[ -e "$$ts" ] || continue; \
		echo "$(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm"; \
		$(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; \
	done

demo: install ## Fill a database with made-up demo data (utregs-plekkie demo)
	$(BIN)/utregs-plekkie demo

bench: install ## Run the benchmarks and print the figures (utregs-plekkie bench)
	$(BIN)/utregs-plekkie bench

clean: ## Remove caches and build output (keeps the virtualenv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
	find . \( -path ./.git -o -path './$(VENV)' \) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean ## clean, and remove the virtualenv too
	rm -rf $(VENV)
