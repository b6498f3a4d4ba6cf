#!/usr/bin/env bash
# Print the path of a Python 3.12+ interpreter, or explain and fail.
# Tokyo Desk needs 3.12+: on 3.11, PySide6 6.12 corrupts the reference count of None and the
# process aborts (docs/architecture.md). Override with TOKYO_DESK_PYTHON=/path/to/python3.12.
set -u
ok() { "$1" -c 'import sys; raise SystemExit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }
candidates=()
[ -n "${TOKYO_DESK_PYTHON:-}" ] && candidates+=("$TOKYO_DESK_PYTHON")
for name in python3.14 python3.13 python3.12; do
  command -v "$name" >/dev/null 2>&1 && candidates+=("$(command -v "$name")")
done
if command -v pyenv >/dev/null 2>&1; then
  for path in $(ls -d "$(pyenv root)"/versions/3.1[2-9]*/bin/python3.1[2-9] 2>/dev/null | sort -rV); do
    candidates+=("$path")
  done
fi
for path in /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9] "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3.1[2-9]; do
  [ -x "$path" ] && candidates+=("$path")
done
command -v python3 >/dev/null 2>&1 && candidates+=("$(command -v python3)")
for candidate in "${candidates[@]}"; do
  if ok "$candidate"; then echo "$candidate"; exit 0; fi
done
echo "Tokyo Desk needs Python 3.12 or newer, and none was found." >&2
echo "Install Python 3.12+ (or set TOKYO_DESK_PYTHON to its path) and try again." >&2
exit 1
