# Smolder: `make run` builds and starts Smolder on the bundled demo; `make test` runs every test.
SWIFT ?= swift
BIN := .build/release/smolder
JOBS ?= 2

.PHONY: all build debug deps run test unit-test conformance lazy cli shell tracebacks codecache fuzz bench clean

all: build

# Installs what a fresh Debian machine lacks (libedit-dev for the shell's line editor).
deps:
	@if ! dpkg -s libedit-dev >/dev/null 2>&1; then \
		echo "installing libedit-dev"; \
		(apt-get update -qq && apt-get install -y -qq libedit-dev) >/dev/null || \
		echo "warning: could not install libedit-dev"; \
	fi

build: deps
	$(SWIFT) build -c release

debug: deps
	$(SWIFT) build

# The shell on the Instaclone demo (Tests/demo), lazy imports on: app.py runs first (PYTHONSTARTUP),
# so its top-level imports are deferred names to inspect.
run: build
	@echo 'Smolder shell on the Instaclone demo, lazy imports on: try :deferred, then main(["feed", "ada"]) and :deferred again (:help lists more).'
	@PYTHONPATH=Tests/demo PYTHONSTARTUP=Tests/demo/app.py $(BIN) -L

test: build unit-test conformance lazy cli shell tracebacks codecache fuzz

unit-test: deps
	$(SWIFT) test --parallel --num-workers $(JOBS)

conformance: build
	python3 Tests/conformance/run.py --smolder $(BIN) -j $(JOBS)

# Multi-module programs run eagerly (against python3) and lazily (against the lazy-imports spec).
lazy: build
	python3 Tests/lazy/run.py --smolder $(BIN)

# The command line (-c, -m, -i, stdin, PYTHONPATH, ...) side by side with python3.
cli: build
	python3 Tests/cli/run.py --smolder $(BIN)

# The interactive shell through a pseudo-terminal (typing, completion, Ctrl-C/D, history) and batch mode.
shell: build
	python3 Tests/shell/run.py --smolder $(BIN)

# Whole tracebacks (source lines, ^/~ error markers, chains) side by side with python3.
tracebacks: build
	python3 Tests/tracebacks/run.py --smolder $(BIN)

# The compiled-code cache (__pycache__/*.smolder-N.pyc): reuse, staleness, damaged files, -B and
# PYTHONDONTWRITEBYTECODE, unwritable folders, tracebacks through cached modules, next to python3's .pyc.
codecache: build
	python3 Tests/codecache/run.py --smolder $(BIN)

# Thousands of mutated conformance programs through every stage; passes when nothing crashes.
fuzz: build
	.build/release/smolder-fuzz Tests/conformance/cases --count $${FUZZ_COUNT:-3000} --seed $${FUZZ_SEED:-1} </dev/null

# Side by side with python3, never part of `make test`: the small programs, then ten pyperformance
# benchmarks downloaded from PyPI at run time (table, and a chart in .build/pyperformance/chart.svg).
bench: build
	python3 Tests/bench/run.py --smolder $(BIN)
	python3 Tests/bench/pyperformance.py --smolder $(BIN)

clean:
	rm -rf .build
