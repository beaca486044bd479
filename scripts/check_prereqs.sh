#!/usr/bin/env bash
# Checks what `make` needs before it creates the virtual environment, with a clear message each.
set -u
py="${1:-}"
fail() { printf 'airgap setup: %s\n' "$*" >&2; exit 1; }

if [ -z "$py" ]; then
  fail "Python 3.11 or newer was not found. Install it (macOS: 'brew install python@3.12' or python.org; Debian: 'apt-get install python3 python3-venv') or run 'make PYTHON=/path/to/python3.12 ...'."
fi
"$py" -c 'import venv, ensurepip' 2>/dev/null \
  || fail "$py cannot create virtual environments. On Debian/Ubuntu: 'apt-get install python3-venv'."

case "$(uname -s)" in
  Darwin)
    [ "$(uname -m)" = "arm64" ] || fail "Airgap needs Apple Silicon (arm64); this Mac reports $(uname -m)."
    major=$(sw_vers -productVersion | cut -d. -f1)
    [ "${major:-0}" -ge 14 ] || fail "MLX needs macOS 14 or newer; this Mac runs $(sw_vers -productVersion)."
    ;;
  Linux) ;;
  *) fail "unsupported system $(uname -s): Airgap runs on macOS (Apple Silicon) and, for development, Linux." ;;
esac
exit 0
