#!/usr/bin/env bash
# Prepare everything Commons Table needs on a fresh Debian 12 machine: the Debian
# packages Qt needs (installed when run as root, otherwise printed), a virtual
# environment in .venv and the Python packages. Safe to run again: it only does
# what is missing. Usage: scripts/bootstrap.sh [app|test]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want="${1:-app}"
venv="${COMMONS_TABLE_VENV:-$here/.venv}"

debs=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 fonts-dejavu-core
      libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1
      libpulse0 fonts-noto-color-emoji)
if [ "$want" = test ]; then
    debs+=(poppler-utils zbar-tools xvfb xauth faketime)
    # A Wayland desktop (weston's headless backend with XWayland)
    debs+=(weston xwayland)
    # What a screen reader sees (AT-SPI) and reading aloud (espeak-ng renders the spoken words)
    debs+=(at-spi2-core python3-pyatspi dbus dbus-x11 espeak-ng speech-dispatcher speech-dispatcher-espeak-ng)
    debs+=(syncthing)  # several kiosks: tests/system/test_syncthing.py
fi

py="${PYTHON:-python3}"
# Debian's own Python needs python3-venv to make a virtual environment.
if ! "$py" -c 'import ensurepip' >/dev/null 2>&1; then
    debs+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for p in "${debs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Debian packages: ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Commons Table needs these Debian packages. Please run:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
    fi
fi

if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Commons Table needs Python 3.11 or newer; '$py' is older or missing." >&2
    exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv" >&2
fi
extra=""
[ "$want" = test ] && extra="[test]"
stamp="$venv/.installed-$want"
fresh() { [ -f "$1" ] && ! [ "$here/pyproject.toml" -nt "$1" ]; }
# Reinstall only when pyproject.toml changed since the last install (the test set includes the app's).
if ! fresh "$stamp" && ! { [ "$want" = app ] && fresh "$venv/.installed-test"; }; then
    echo "Installing Commons Table's Python packages into $venv …" >&2
    "$venv/bin/python" -m pip install -qq --upgrade pip >&2
    "$venv/bin/python" -m pip install -qq -e "$here$extra" 2>&1 | grep -v "^ *$" | grep -iv "editable\|folders in your working directory\|\*\*\*\|!!\|strategy, WheelFile" >&2 || true
    "$venv/bin/python" -c "import kiosk, PySide6" || { echo "The installation did not finish; see the messages above." >&2; exit 1; }
    touch "$stamp"
fi
