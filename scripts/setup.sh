#!/usr/bin/env bash
# Create .venv with Python 3.12+ and install Tokyo Desk with its development tools.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(bash scripts/find-python.sh)
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; raise SystemExit(0 if sys.version_info >= (3, 12) else 1)'; then
  rm -rf .venv
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev,server]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
