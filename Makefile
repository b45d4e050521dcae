# Tidings — set-up, demo and tests. Needs Python 3.11+ and access to PyPI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
INPUT  ?= examples
DB     ?= tidings.duckdb

.PHONY: install demo test lock clean

install: $(VENV)/.installed

# Every dependency comes from requirements.lock, pinned by version and sha256 hash
# (the spaCy English model included); Tidings itself is installed on top, editable.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

demo: install
	-$(BIN)/tidings --db $(DB) ingest $(INPUT)
	$(BIN)/tidings --db $(DB) summary

test: install
	$(BIN)/python -m pytest

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock:
	$(BIN)/pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra test --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
