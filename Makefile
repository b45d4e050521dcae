# Tidings — set-up, demo and tests. Needs Python 3.11+ and access to PyPI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
INPUT  ?= examples
DB     ?= tidings.duckdb

.PHONY: install demo test browser postgres score lexicon lock clean

install: $(VENV)/.installed

# The installer comes from installer.lock, every dependency from requirements.lock (the spaCy
# English model included), each pinned by version and sha256 hash; Tidings itself is installed on
# top, editable. See tools/install.py.
$(VENV)/.installed: installer.lock requirements.lock pyproject.toml
	$(PYTHON) tools/install.py $(VENV)
	touch $@

demo: install
	-$(BIN)/tidings --db $(DB) ingest $(INPUT)
	$(BIN)/tidings --db $(DB) summary

test: install browser postgres
	$(BIN)/python -m pytest

# The end-to-end dashboard test drives Debian's chromium (with chromium-driver). Installed when
# missing and we are root (as in CI); otherwise that test is skipped with the reason.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver \
			|| echo "could not install chromium: the browser test will be skipped"; \
		else \
			echo "chromium not installed and not root: the browser test will be skipped"; \
		fi; \
	fi

# The store tests also run against a PostgreSQL server they start themselves, from Debian's
# package. Installed when missing and we are root (as in CI); otherwise those tests are skipped.
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update && apt-get install -y --no-install-recommends postgresql \
			|| echo "could not install postgresql: the PostgreSQL store tests will be skipped"; \
		else \
			echo "postgresql not installed and not root: the PostgreSQL store tests will be skipped"; \
		fi; \
	fi

# Score the events coded from the development material beside the repository (../shared):
# seeds, dev, dev2 and the PLOVER sentences, in one table (tools/score.py).
score: install
	$(BIN)/python tools/score.py $(SCORE_FLAGS)

# Rebuild the tables derived from PETRARCH2's dictionaries (../shared/reference/petrarch2), then the
# stored inflections of the lexicon's words (also after editing triggers.csv by hand).
lexicon: install
	$(BIN)/python tools/build_lexicon.py
	$(BIN)/python tools/build_agents.py
	$(BIN)/python tools/build_actors.py
	$(BIN)/python tools/build_inflections.py

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock:
	$(BIN)/pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra test --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
