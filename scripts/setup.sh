#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the pinned dependencies (constraints.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

python=$(scripts/find_python.sh)
echo "Using Python: $python ($("$python" --version 2>&1))"
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  rm -rf .venv
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip wheel
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev]"
.venv/bin/python - <<'PY'
from components.danish_spacy import load_danish
print("Danish NLP:", load_danish()[1])
PY
touch .venv/.installed
