#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter (Rasa 3.6 supports 3.8-3.10; we use 3.10).
# Looks on PATH, in pyenv, then through uv; fails with a clear message naming what to install.
set -u

is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }

candidates=()
[ -n "${COACH_PYTHON:-}" ] && candidates+=("$COACH_PYTHON")
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
for root in "${PYENV_ROOT:-}" "$HOME/.pyenv" /root/.pyenv; do
  [ -n "$root" ] && for p in "$root"/versions/3.10*/bin/python3.10; do [ -x "$p" ] && candidates+=("$p"); done
done
if command -v pyenv >/dev/null 2>&1; then
  prefix=$(pyenv prefix 3.10 2>/dev/null) && candidates+=("$prefix/bin/python3.10")
fi
if command -v uv >/dev/null 2>&1; then
  found=$(uv python find 3.10 2>/dev/null) && candidates+=("$found")
fi
command -v python3 >/dev/null 2>&1 && candidates+=("$(command -v python3)")

for c in "${candidates[@]}"; do
  if [ -x "$c" ] && is_310 "$c"; then echo "$c"; exit 0; fi
done

cat >&2 <<'MSG'
Opfølgningscoachen needs Python 3.10 (Rasa 3.6 runs on 3.8-3.10 only), and none was found
on PATH, in pyenv or through uv. Install one of:
  - pyenv:  pyenv install 3.10          (https://github.com/pyenv/pyenv)
  - uv:     uv python install 3.10
  - Debian/Ubuntu: apt-get install python3.10 python3.10-venv   (where the release has it)
or point COACH_PYTHON at a 3.10 interpreter, then run `make run` again.
MSG
exit 1
