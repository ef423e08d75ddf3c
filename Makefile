# Opfølgningscoachen: `make run` to chat, `make test` to check everything.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/coach.tar.gz

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore
export RASA_PORT ?= 5005
export ACTION_PORT ?= 5055
export WEB_PORT ?= 8080
export COACH_TRACKER_DB ?= $(CURDIR)/var/tracker.db

# The NLU components' code is loaded at run time; the tokenizer, the intent classifier and the fact
# features (with the parts of coach/ they read) shape the trained model. data/conduct/ is the judge's
# (trained in the action server), not Rasa's.
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' -not -path 'data/conduct/*' 2>/dev/null) \
	components/danish_tokenizer.py components/danish_spacy.py components/danish_lemmas.py \
	components/intent_classifier.py components/fact_features.py components/crf_entity_extractor.py \
	coach/fact_features.py $(wildcard coach/facts/*.py) coach/phone.py coach/spoken.py \
	coach/requests.py $(wildcard coach/dates/*.py) coach/lexicon/__init__.py $(wildcard coach/lexicon/*.yml)

.PHONY: setup setup-web telegram-webhook run train test test-unit test-rasa test-stories test-integration validate chat lint clean help bench bench-dates bench-nlu bench-judge bench-drafts bench-startup bench-conversations purge run-scaled

help:
	@echo "make run    - set up if needed, train if the data changed, start the coach and print where to chat"
	@echo "make test   - unit, action, conversation and integration tests (trains first when needed)"
	@echo "make test-unit - pure unit tests (no Rasa, no process started; tests/unit/test_tiers.py keeps them so)"
	@echo "make test-rasa - rasa-sdk action tests and in-process Rasa tests (tests/actions, tests/rasa)"
	@echo "make train  - train the model (only when config, domain, data or NLU components changed)"
	@echo "make chat   - chat in the terminal"
	@echo "make run-scaled N=3 - N Rasa servers on a private PostgreSQL and Redis (deploy/README.md)"
	@echo "make lint   - ruff"
	@echo "make validate - rasa data validate"
	@echo "make purge  - delete conversations untouched for more than COACH_RETENTION_DAYS (default 90)"
	@echo "make bench  - pipelines side by side: throughput, latency, memory, cold start, NLU F1 (ARGS=--quick)"
	@echo "make bench-startup - the Rasa server's start-up and memory with and without TensorFlow"
	@echo "make bench-conversations - the blind conversation corpus over REST (ARGS=--split heldout)"
	@echo "make bench-dates - the Danish date parser against dateparser, and Duckling's Danish time corpus (day/week/month)"
	@echo "make bench-nlu - the trained model on the held-out NLU set (tests/nlu_heldout): intents, entities, harmful confusions"
	@echo "make bench-judge - the rehearsal's judge on the held-out call lines: faults caught, false alarms"
	@echo "make bench-drafts - the draft review on the held-out blind drafts: faults caught, false alarms"

setup: $(VENV)/.installed setup-web

setup-web:
	@scripts/setup_web.sh

$(VENV)/.installed: pyproject.toml constraints.txt scripts/setup.sh
	scripts/setup.sh

train: $(MODEL)

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	@mkdir -p models
	$(BIN)/rasa train --fixed-model-name coach --out models --quiet
	@touch $(MODEL)

run: setup train
	scripts/run.sh

# N Rasa servers and an action server on a private PostgreSQL + Redis (deploy/README.md).
run-scaled: setup train
	scripts/run_scaled.sh $(N)

chat: setup train
	scripts/run.sh --shell

validate: setup
	$(BIN)/rasa data validate --fail-on-warnings --quiet

lint: setup
	$(BIN)/ruff check coach actions components channels reminders runtime scaling devkit tests scripts bench

# Test tiers: tests/unit is pure Python (no Rasa, no subprocess: tests/unit/test_tiers.py checks it);
# tests/actions, tests/rasa and tests/runtime (the patches of Rasa and their canaries) import
# rasa-sdk / Rasa in-process and start no server; tests/integration starts processes and servers on
# 127.0.0.1 (Rasa, action server, redis-server, PostgreSQL).
test-unit: setup
	$(BIN)/python -m pytest tests/unit -q

test-rasa: setup
	$(BIN)/python -m pytest tests/actions tests/rasa tests/runtime -q

# The conversation tests name resolved dates, so "today" is fixed (a Saturday).
test-stories: setup train
	COACH_TODAY=2026-11-28 $(BIN)/python -m runtime.launch test core --model $(MODEL) --stories tests/test_stories.yml \
		--fail-on-prediction-errors --out results/stories --quiet

test-integration: setup train
	$(BIN)/python -m pytest tests/integration -q

test: validate lint test-unit test-rasa test-stories test-integration
	@echo "All tests passed."

# Pipelines side by side: speed, memory, cold start, NLU F1 (ARGS=--quick: a 2-minute smoke test).
bench: setup
	$(BIN)/python bench/run.py $(ARGS)

# The coach's Rasa server with and without TensorFlow: start-up time and memory, alternating starts.
bench-startup: setup train
	$(BIN)/python bench/startup.py $(ARGS)

# The blind conversation corpus (tests/conversations) played over REST: pass rate, loops, wrong slots.
bench-conversations: setup train
	$(BIN)/python bench/conversations.py $(ARGS)

# The trained model on messages it never saw (tests/nlu_heldout): per-intent accuracy, entity F1 per type,
# harmful confusions; bench/results/nlu-<date>-<rev>.md. Never tune on this set (bench/nlu_split.py).
bench-nlu: setup train
	$(BIN)/python bench/nlu_bench.py $(ARGS)

bench-dates: setup
	@$(BIN)/python -c "import dateparser" 2>/dev/null || $(BIN)/pip install --quiet -c constraints.txt -e ".[bench]"
	$(BIN)/python bench/dates_bench.py

# The rehearsal's judge (coach.rehearsal.evaluate_line) on the held-out labelled call lines (tests/conduct/):
# per check, faults caught and false alarms; written to bench/results/judge-<date>-<commit>.md.
# ARGS="--split train-cv" measures on the training part by cross-validation instead (for development).
bench-judge: setup
	$(BIN)/python bench/judge.py $(ARGS)

bench-drafts: setup
	$(BIN)/python bench/drafts.py $(ARGS)

# Delete conversations untouched for more than COACH_RETENTION_DAYS (default 90).
purge: setup
	$(BIN)/python scripts/purge.py

telegram-webhook: setup
	$(BIN)/python -m channels.telegram

clean:
	rm -rf models results var/*.db
