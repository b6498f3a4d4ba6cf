#!/usr/bin/env bash
# Set up (first run only) and open Tokyo Desk's window on the demo profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # Qt 6.5+ needs these X11 libraries; desktops usually have them, minimal systems may not.
  missing=()
  for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxkbcommon-x11.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "The window needs these X11 libraries: ${missing[*]}" >&2
    echo "On Debian/Ubuntu: sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" >&2
    exit 1
  fi
  if [ -z "${DISPLAY:-}" ]; then
    echo "No display found (DISPLAY is not set): run this from a desktop session." >&2
    exit 1
  fi
fi
exec .venv/bin/tokyo-desk --demo "$@"
