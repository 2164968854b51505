# Two commands do all the set-up:  make run  |  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test browser gateway check-config clean bench vendor bench-dashboard bench-growth eval train help

# make run PORT=18080 HOST=127.0.0.1: another port or address for the playground (default: config.yaml's)
run: $(VENV)/.installed ## the bot + playground at config.yaml's address; PORT=18080 HOST=127.0.0.1 for another
	$(BIN)/qunbot run $(if $(PORT),--port $(PORT)) $(if $(HOST),--host $(HOST))

# The whole suite on SQLite, then again on PostgreSQL for the tests that use the database
# (tests/dbs.py). .ci/postgres finds or installs the server; without one: a loud warning, and
# under CI=true a failure.
# TEST_WORKERS=1 runs it in one process. Tests sharing a costly fixture stay on one worker (xdist_group).
TEST_WORKERS ?= 4
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup
# The PostgreSQL pass on 2: its ~360 tests wait on the server, which needs the cores too; 4 workers cost 155 s of
# CPU against 99 s (two more collections of every test file, two more warm-ups) and finished no sooner on the shared machine (T15).
PG_TEST_WORKERS ?= 2
# Bytecode cached even where the environment forbids it (PYTHONDONTWRITEBYTECODE, as some sandboxes set): else each
# of the suite's Python processes (the workers, every `qunbot run` and benchmark child) compiles every module it
# imports again: 3.3 -> 1.9 s of CPU to import the bot, a worker's collection 10.5 -> 4.4 s.
test: export PYTHONDONTWRITEBYTECODE :=
test: $(VENV)/.installed-test browser gateway ## the whole suite on SQLite, then the database tests on PostgreSQL (TEST_WORKERS=4)
	QUNBOT_TEST_DATABASE_URL= $(PYTEST)
	@url=$$(PYTHON=$(BIN)/python .ci/postgres) || { [ "$${CI:-}" != true ] || { echo "CI=true: PostgreSQL is required" >&2; exit 1; }; }; \
	  if [ -n "$$url" ]; then echo "== the database tests on PostgreSQL ($$url) =="; \
	    QUNBOT_TEST_DATABASE_URL="$$url" $(BIN)/python -m pytest -n $(PG_TEST_WORKERS) --dist loadgroup; fi

# The browser tests drive the system's Chromium (never a downloaded one). As root on Debian
# this installs it with the CJK and emoji fonts (the README's screenshots show both); elsewhere those
# tests are skipped with the reason.
browser: ## Chromium with CJK and emoji fonts for the browser tests (installs them as root on Debian)
	@{ command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi emoji; } \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && echo "installing chromium, CJK and emoji fonts for the browser tests" \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null; } \
	  || { command -v chromium >/dev/null && echo "WARNING: no emoji font (apt-get install fonts-noto-color-emoji): emoji show as boxes in screenshots"; } \
	  || echo "WARNING: no chromium (apt-get install chromium): the browser tests will be skipped"

# The real wechaty gateway (PuppetServer over PuppetMock, pinned by tests/gateway/package-lock.json)
# for the adapter tests, into the ignored tests/gateway/node_modules. As root on Debian this installs
# Node.js and npm; elsewhere without them those tests are skipped with the reason (under CI=true they fail).
gateway: tests/gateway/node_modules/.installed ## the real wechaty gateway's npm packages for the adapter tests

tests/gateway/node_modules/.installed: tests/gateway/package-lock.json
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && echo "installing Node.js and npm for the real wechaty gateway tests" \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; } \
	  || { echo "WARNING: no npm (apt-get install nodejs npm): the real wechaty gateway tests will be skipped"; exit 0; }
	cd tests/gateway && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Every benchmark, each figure beside a baseline measured in the same run: one table, and
# benchmarks/results.json. Under 5 minutes on 2 cores (the dashboard on 2M messages here).
bench: $(VENV)/.installed ## every benchmark beside a baseline from the same run (benchmarks/results.json)
	$(BIN)/python benchmarks/run.py

# The language features scored on the labelled corpus (corpus/): precision and recall per
# split, the held-out split included; exits 1 when a target on the test split is missed.
eval: $(VENV)/.installed ## the language features scored on the labelled corpus; exits 1 on a missed target
	$(BIN)/python -m corpus.eval

# The learned ad score (bot/content/ad_model.json) from the corpus' train split and the owners'
# labels in the configured database; prints what changed on the dev split. Then the learned intent
# score (bot/content/intent_model.json, with the order-quantity ranker order_quantity_model.json and the
# sign-up party ranker signup_party_model.json) and
# question score (bot/content/question_model.json) from the corpus' train split (the question score
# with its FAQ topics), with what each adds on dev.
train: $(VENV)/.installed ## the learned ad, intent and question scores from the corpus (and the owners' labels)
	$(BIN)/python -m bot train --report   # -m: the checkout (and its corpus/) on the path
	$(BIN)/python -m bot train --intents --report
	$(BIN)/python -m bot train --questions --report
	$(BIN)/python -m bot train --signins --report

check-config: $(VENV)/.installed ## config.yaml checked: every problem with its line number
	$(BIN)/qunbot check-config

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py bot/_charmap.c | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# uv (itself in the test extra) installs the test extra from a clean clone in ~35 s where pip took ~100 s;
# uv does not read pip.conf, so where only pip knows the way (a mirror set there), pip does it.
$(VENV)/.installed-test: pyproject.toml setup.py bot/_charmap.c | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[test]' || $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

clean: ## remove the virtualenvs, pytest's cache and the gateway's npm packages
	rm -rf $(VENV) .venv-wechaty .pytest_cache tests/gateway/node_modules

# The dashboard's chart library, copied from its npm package (no CDN); the files are committed.
UPLOT_VERSION := 1.6.32
vendor: ## the dashboard's chart library (uPlot) copied from its npm package
	cd /tmp && npm pack --silent uplot@$(UPLOT_VERSION) >/dev/null
	tar -xzf /tmp/uplot-$(UPLOT_VERSION).tgz -C /tmp
	cp /tmp/package/dist/uPlot.iife.min.js /tmp/package/dist/uPlot.min.css /tmp/package/LICENSE bot/dashboard/static/vendor/
	echo "uPlot $(UPLOT_VERSION) (MIT) from the npm package uplot" > bot/dashboard/static/vendor/VERSION
	rm -rf /tmp/package /tmp/uplot-$(UPLOT_VERSION).tgz

bench-growth: $(VENV)/.installed ## the readers' linear growth counted under callgrind (n vs 2n; needs valgrind; a few minutes)
	$(BIN)/python benchmarks/linear_growth.py

bench-dashboard: $(VENV)/.installed ## the dashboard overview benchmark on 10 million messages (a few minutes)
	$(BIN)/python benchmarks/dashboard.py

# Every target with its description: the "## text" after the target's prerequisites.
help: ## this list
	@echo "make TARGET, one of:"
	@awk -F':.*## ' '/^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(firstword $(MAKEFILE_LIST))
