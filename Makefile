# Polku. Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test screenshots lint typecheck check bench run migrate clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Polku needs $(PYTHON) (Python 3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

## demo: sandbox Bot API + chat page + bot on var/demo.db, kept between runs (no token, no
## network); `$(BIN)/polku demo --fresh` starts from an empty database
demo: $(STAMP)
	$(BIN)/polku demo

## test: lint, type check, the messages' plain language and the whole test suite
test: $(STAMP)
	$(BIN)/ruff check bot store tests
	$(BIN)/mypy
	$(BIN)/polku lint-locales
	$(BIN)/pytest -n 3

## screenshots: the chat page in Chromium (apt-get install -y chromium), saved to docs/
screenshots: $(STAMP)
	POLKU_SCREENSHOTS=docs $(BIN)/pytest -p no:xdist tests/browser

## bench: benchmarks that print figures (not part of `make test`). The last two start real
## workers: they need nginx and PostgreSQL (POLKU_TEST_DATABASE_URL, as for `make test`),
## else the workers one is skipped and the start-up one runs on SQLite
bench: $(STAMP)
	$(BIN)/python -m tests.bench
	$(BIN)/python -m tests.bench --skip-outbox --database-url "$${POLKU_TEST_DATABASE_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/test}"
	$(BIN)/python -m tests.bench.langid_accuracy
	$(BIN)/python -m tests.bench.reminders
	$(BIN)/python -m tests.bench.motivation
	$(BIN)/python -m tests.bench.campaigns
	$(BIN)/python -m tests.bench.campaign_live
	$(BIN)/python -m tests.bench.workers
	$(BIN)/python -m tests.bench.startup

## run: the real bot (needs TELEGRAM_BOT_TOKEN; see README)
run: $(STAMP)
	$(BIN)/polku db upgrade
	$(BIN)/polku run

migrate: $(STAMP)
	$(BIN)/polku db upgrade

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
