#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine: system libraries for Qt and the PDF tools,
# then a virtual environment in .venv with the app and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
  libxcb-randr0 libxcb-xinerama0 poppler-utils xvfb xauth"
if command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
fi
# Python 3.12 or newer where the machine has it: PySide6 6.12's stable-ABI build drops references
# to None/True/False, harmless only where those are immortal (3.12+); on 3.11 the app carries a
# work-around (tinnhiem_desktop/ui/pyside_fixes.py). PYTHON=... overrides the choice.
pick_python() {
  if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
  for candidate in python3.12 python3.13 "$HOME"/.pyenv/versions/3.12*/bin/python3 \
                   "$HOME"/.pyenv/versions/3.13*/bin/python3; do
    if "$candidate" -c 'import sys, venv; assert sys.version_info >= (3, 12)' >/dev/null 2>&1; then
      echo "$candidate"; return
    fi
  done
  echo python3
}
PY=$(pick_python)
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev,package]'
