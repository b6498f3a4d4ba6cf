#!/usr/bin/env bash
# Set up (first run only) and start Tokyo Desk on the demo profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/tokyo-desk --demo "$@"
