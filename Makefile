# One task runner. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv run test test-core lint i18n-update i18n-build bench dist dist-smoke clean fonts screenshots

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

# The install step (make run, make test) also derives the static print fonts, a few minutes
# once, so a source install's first print never waits for them.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e '.[test]'
	$(BIN)/evac-toolkit fonts prepare
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv and install the program with its test tools

# One gettext catalog per interface language (translations/<lang>.po); the compiled .mo files
# are a build product, never committed.
PO := $(wildcard translations/*.po)
MO := $(patsubst translations/%.po,translations/locale/%/LC_MESSAGES/evac_toolkit.mo,$(PO))

translations/locale/%/LC_MESSAGES/evac_toolkit.mo: translations/%.po $(STAMP)
	$(PY) tools/catalog_messages.py compile

i18n-build: $(MO) ## Compile the .po catalogs into .mo (build step, never hand-edited)

i18n-update: $(STAMP) ## Re-extract every message id into translations/evac_toolkit.pot and merge it into each .po
	$(PY) tools/catalog_messages.py update

fonts: $(STAMP) ## Prepare the static print-font instances again (after clearing the cache)
	$(BIN)/evac-toolkit fonts prepare

run: $(STAMP) i18n-build ## Start the program (GUI)
	tools/ensure-qt-system-libs $(PY)
	$(BIN)/evac-toolkit

test: $(STAMP) i18n-build ## Run the whole test suite (offscreen, network blocked)
	tools/ensure-postgresql
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test-core: $(STAMP) ## Run only the core tests (no QApplication)
	tools/ensure-postgresql
	$(BIN)/pytest -m "not gui"

lint: $(STAMP) ## ruff + the import contract (core never imports Qt or the UI)
	$(BIN)/ruff check evac_toolkit tests benchmarks
	$(BIN)/lint-imports

bench: $(STAMP) i18n-build ## Print the speed and memory figures as one table (saved as bench.json)
	tools/ensure-postgresql
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

dist: $(STAMP) i18n-build ## Build a one-folder desktop bundle with PyInstaller into dist/
	tools/ensure-build-tools
	$(PY) -m pip install -q -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

dist-smoke: dist ## Build the bundle, then run it offscreen: version, a sign, a screenshot, a translation, a push to PostgreSQL
	tools/ensure-postgresql
	$(PY) tools/smoke_dist.py

screenshots: $(STAMP) i18n-build ## Regenerate the README pictures with the program itself (1366×768, one at 1024×600)
	QT_QPA_PLATFORM=offscreen $(BIN)/evac-toolkit --data-dir $$(mktemp -d) screenshot --view languages --ui-language ja --language my --size 1366x768 --out docs/languages-ja.png
	QT_QPA_PLATFORM=offscreen $(BIN)/evac-toolkit --data-dir $$(mktemp -d) screenshot --view fingerboards --ui-language en --language si --size 1366x768 --out docs/main-en.png
	QT_QPA_PLATFORM=offscreen $(BIN)/evac-toolkit --data-dir $$(mktemp -d) screenshot --view fingerboards --ui-language ja --language my --size 1024x600 --out docs/fingerboards-ja-1024x600.png
	QT_QPA_PLATFORM=offscreen $(BIN)/evac-toolkit --data-dir $$(mktemp -d) screenshot --view signs --ui-language ja --language my --size 1366x768 --out docs/signs-ja.png
	$(BIN)/evac-toolkit --data-dir $$(mktemp -d) signs print --signs promise.open_to_everyone --languages ja-x-easy,en,vi,my --out docs/sign-sample.pdf
	$(PY) -c "import pypdfium2 as p; p.PdfDocument('docs/sign-sample.pdf')[0].render(scale=1.0).to_pil().save('docs/sign-sample.png')"
	rm docs/sign-sample.pdf
	QT_QPA_PLATFORM=offscreen $(BIN)/evac-toolkit --data-dir $$(mktemp -d) screenshot --view drills --ui-language ja --size 1366x768 --out docs/drills-ja.png
	$(BIN)/evac-toolkit --data-dir $$(mktemp -d) drill cards --scenario my-pregnant-no-japanese --out docs/role-card.pdf
	$(PY) -c "import pypdfium2 as p; p.PdfDocument('docs/role-card.pdf')[0].render(scale=1.0).to_pil().save('docs/role-card.png')"
	rm docs/role-card.pdf
	$(BIN)/evac-toolkit fonts sample --out docs/font-sample.pdf
	$(PY) -c "import pypdfium2 as p; p.PdfDocument('docs/font-sample.pdf')[0].render(scale=1.2).to_pil().save('docs/font-sample.png')"
	rm docs/font-sample.pdf

clean: ## Remove the virtual environment and build output
	rm -rf $(VENV) build dist *.egg-info
