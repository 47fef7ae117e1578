# Two commands for a new user: `make run` (site with demo data) and `make test`.
# The virtual environment in .venv is built from the system Python and pyproject.toml's pins.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ADDR ?= 127.0.0.1
PORT ?= 8000
DEPS := $(VENV)/.deps-installed

.PHONY: run test lint format deps messages demo-data clean datasets

$(DEPS): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))' > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements.txt
	touch $@

deps: $(DEPS)

# The Arabic interface: .po files are kept in git, compiled here (Babel, no gettext needed).
messages: deps
	$(BIN)/pybabel compile --statistics -d locale -D django

# The demo runs with DEBUG on (static files served, no SECRET_KEY needed) on SQLite unless
# DATABASE_URL says otherwise.
demo-data: messages
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_reference_data
	DEBUG=1 $(BIN)/python manage.py ingest samples/articles/*.txt
	DEBUG=1 $(BIN)/python manage.py demo_editor

# The manytreaties membership tables: under a minute the first time, a re-run changes nothing.
datasets: demo-data
	DEBUG=1 $(BIN)/python manage.py import_dataset manytreaties

run: demo-data
	DEBUG=1 $(BIN)/python manage.py runserver $(ADDR):$(PORT)

test: messages
	$(BIN)/python -m pytest

lint: deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: deps
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
