PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= dyad.db
CORPUS ?= ../shared/corpus

.PHONY: venv demo test lint bench clean

$(BIN)/dyad: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/dyad

venv: $(BIN)/dyad

demo: venv
	$(BIN)/dyad ingest $(CORPUS) --db $(DB)
	$(BIN)/dyad serve --db $(DB)

test: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

bench: venv
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DB) artifacts
