# Two commands do all the set-up:  make run  |  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test check-config clean bench

run: $(VENV)/.installed
	$(BIN)/qunbot run

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/loop_stall.py

check-config: $(VENV)/.installed
	$(BIN)/qunbot check-config

bench: $(VENV)/.installed  # moderation stage: 20k-word lexicon, 100k messages, msg/s beside a naive baseline
	$(BIN)/python benchmarks/moderation.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) .venv-wechaty .pytest_cache
