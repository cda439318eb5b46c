#!/usr/bin/env bash
# Prepare everything Commons Table needs on a fresh Debian 12 machine: the Debian
# packages Qt needs (installed when run as root, otherwise printed), a virtual
# environment in .venv and the Python packages. Safe to run again: it only does
# what is missing. Usage: scripts/bootstrap.sh [app|test]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want="${1:-app}"
venv="${COMMONS_TABLE_VENV:-$here/.venv}"

# pip has PySide6 only for 64-bit systems, and on arm64 only with glibc 2.39 or newer (Raspberry Pi OS
# Bookworm has 2.36): say what to do instead of failing inside pip.
machine="$(uname -m)"
# Raspberry Pi OS 32-bit runs a 64-bit kernel on a Pi 4 or 5: the programs' word size is what counts.
[ "$(getconf LONG_BIT 2>/dev/null)" = 32 ] && machine="$machine-with-32-bit-programs"
glibc="$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')"
older() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" = "$1" ] && [ "$1" != "$2" ]; }
case "$machine" in
    x86_64|amd64|aarch64|arm64)
        if [ "$machine" = aarch64 ] || [ "$machine" = arm64 ]; then least=2.39; else least=2.34; fi
        if [ -n "$glibc" ] && older "$glibc" "$least"; then
            echo "pip has no PySide6 for this system (glibc $glibc, $machine needs $least): install Raspberry Pi OS Trixie (Debian 13) and run this again, or install the commons-table .deb there (build/README.md)." >&2
            exit 1
        fi;;
    *)
        echo "pip has no PySide6 for this $machine system: install the commons-table .deb on Raspberry Pi OS Trixie (Debian 13), which uses Debian's own PySide6 (build/README.md)." >&2
        exit 1;;
esac

debs=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 fonts-dejavu-core
      libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1
      libpulse0 fonts-noto-color-emoji fonts-hosny-amiri)  # Amiri: Arabic signs DejaVu lacks (the keyboard's ﷼)
if [ "$want" = test ]; then
    debs+=(poppler-utils zbar-tools xvfb xauth faketime)
    # A Wayland desktop (weston's headless backend with XWayland)
    debs+=(weston xwayland)
    # What a screen reader sees (AT-SPI) and reading aloud (espeak-ng renders the spoken words)
    debs+=(at-spi2-core python3-pyatspi dbus dbus-x11 espeak-ng speech-dispatcher speech-dispatcher-espeak-ng)
    debs+=(syncthing)  # several kiosks: tests/system/test_syncthing.py
    debs+=(dosfstools exfatprogs fusefat exfat-fuse)  # USB sticks as sold: tests/system/test_usb_sticks.py
fi

py="${PYTHON:-python3}"
# Debian's own Python needs python3-venv to make a virtual environment.
if ! "$py" -c 'import ensurepip' >/dev/null 2>&1; then
    debs+=(python3-venv)
fi

# tests/system: a real CUPS queue with cups-pdf, a Debian 13 chroot for the .deb, lintian.
[ "$want" = test ] && debs+=(cups printer-driver-cups-pdf debootstrap lintian)

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
fresh() { [ -f "$1" ] && ! [ "$here/pyproject.toml" -nt "$1" ] && ! [ "$here/constraints.txt" -nt "$1" ]; }
# Reinstall only when pyproject.toml or constraints.txt changed since the last install (the test set includes the app's).
if ! fresh "$stamp" && ! { [ "$want" = app ] && fresh "$venv/.installed-test"; }; then
    echo "Installing Commons Table's Python packages into $venv …" >&2
    "$venv/bin/python" -m pip install -qq --upgrade pip >&2
    "$venv/bin/python" -m pip install -qq -c "$here/constraints.txt" -e "$here$extra" 2>&1 | grep -v "^ *$" | grep -iv "editable\|folders in your working directory\|\*\*\*\|!!\|strategy, WheelFile" >&2 || true
    "$venv/bin/python" -c "import kiosk, PySide6" || { echo "The installation did not finish; see the messages above." >&2; exit 1; }
    touch "$stamp"
fi
