# One entry point per task, the same for people and CI.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck check bench train clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/.installed  ## run the bot (long polling); reads .env
	$(BIN)/cryptobot run

test: $(BIN)/.installed  ## the whole test suite, with a coverage gate on services/
	$(BIN)/python -m pytest --cov=services --cov-report=term:skip-covered --cov-fail-under=90 $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

check: lint typecheck test

bench: $(BIN)/.installed
	$(BIN)/python bench/price_burst.py
	$(BIN)/python bench/news_ingest.py
	$(BIN)/python bench/news_components.py
	$(BIN)/python bench/regulation_eval.py

train: $(BIN)/.installed  ## retrain the classifier's learned correction on tests/data
	$(BIN)/python scripts/train_regulation.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
