#!/usr/bin/env bash
# Build commons-table_VERSION_all.deb on Debian's own PySide6 with dpkg-deb. Usage: build/make-deb.sh [OUTDIR]
# (default build/out). Needs dpkg-deb, gzip and a Python 3.11+. Everything it runs on comes from Debian;
# the package carries only Commons Table's own files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$here/build/out}" && cd "${1:-$here/build/out}" && pwd)"
py="${PYTHON:-$here/.venv/bin/python}"
[ -x "$py" ] || py=python3
version="$("$py" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$here/pyproject.toml")"

# The PySide6 modules the kiosk imports (ui/), the keyboard's plugin and QML, the Qt platforms (xcb for
# a Wayland desktop through XWayland, offscreen for screenshots, wayland — qt6-wayland — for a Wayland desktop
# without XWayland, where ui/platform.py starts the kiosk and says what to change), fonts, the dictionaries Debian's keyboard
# (built with Hunspell) looks for — en, es, fr, ar. QtTest renders
# `screenshot`, QtPdf reads the signs back, QtTextToSpeech reads aloud (its engine is only recommended: without
# one the toggle stays hidden). Syncthing (several kiosks) is suggested: the kiosk names it when it is missing.
depends="python3 (>= 3.11), python3-pyside6.qtcore (>= 6.8), python3-pyside6.qtgui, python3-pyside6.qtwidgets,
 python3-pyside6.qtprintsupport, python3-pyside6.qtqml, python3-pyside6.qtquick, python3-pyside6.qtquickwidgets,
 python3-pyside6.qtcharts, python3-pyside6.qtsvg, python3-pyside6.qtpdf, python3-pyside6.qttest,
 python3-pyside6.qttexttospeech, qt6-qpa-plugins, qt6-wayland, qt6-svg-plugins, qt6-virtualkeyboard-plugin,
 qml6-module-qtquick-virtualkeyboard, qml6-module-qtquick-layouts, qml6-module-qtquick-window,
 qml6-module-qtqml-workerscript, hunspell-en-us, hunspell-es, hunspell-fr, hunspell-ar, python3-qrcode, python3-pil, python3-platformdirs, python3-qtawesome,
 python3-qtpy, fonts-dejavu-core, fonts-hosny-amiri"
# syncthing: several kiosks at one market; a collective finds out it is missing only at the offline market.
# qt6-translations-l10n: Qt's own words (its print dialog's) in the steward's language; without it, English.
recommends="fonts-noto-color-emoji, cups-client, wlr-randr, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, syncthing,
 qt6-translations-l10n"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/commons-table"
app="$root/usr/share/commons-table"
doc="$root/usr/share/doc/commons-table"
install -d "$root/DEBIAN" "$root/usr/bin" "$app" "$doc/examples" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/man/man1"

# The application's own packages, without caches; the translations (.qm) are in assets/translations.
(cd "$here" && git ls-files -z commons_table kiosk ui assets 2>/dev/null || find commons_table kiosk ui assets -type f -print0) |
    while IFS= read -r -d '' f; do
        case "$f" in *.ts) continue;; esac
        install -D -m 0644 "$here/$f" "$app/$f"
    done

cat > "$root/usr/bin/commons-table" <<'LAUNCH'
#!/usr/bin/python3
"""Commons Table: start the kiosk, or run one of its commands (commons-table --help)."""
import sys

sys.path.insert(0, "/usr/share/commons-table")
from commons_table.cli import main  # noqa: E402

sys.exit(main())
LAUNCH
chmod 0755 "$root/usr/bin/commons-table"

sed 's/^Icon=.*/Icon=commons-table/' "$here/build/commons-table.desktop" > "$root/usr/share/applications/commons-table.desktop"
install -m 0644 "$here/build/commons-table.svg" "$root/usr/share/icons/hicolor/scalable/apps/commons-table.svg"
gzip -9n < "$here/build/commons-table.1" > "$root/usr/share/man/man1/commons-table.1.gz"
# The ways to start the kiosk at login: pick ONE (build/README.md).
install -m 0644 "$here/build/labwc-autostart" "$here/build/labwc-rc.xml" \
    "$here/build/commons-table-autostart.desktop" "$doc/examples/"
sed 's|%h/.local/bin/commons-table|/usr/bin/commons-table|' "$here/build/commons-table.service" \
    > "$doc/examples/commons-table.service"
install -m 0644 "$here/build/README.md" "$doc/README.md"
cat > "$doc/copyright" <<COPY
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: commons-table

Files: *
Copyright: 2026 The Commons Table contributors
License: AGPL-3.0-or-later

License: AGPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it under the terms of the
 GNU Affero General Public License as published by the Free Software Foundation, either version 3 of
 the License, or (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without
 even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Affero
 General Public License for more details: <https://www.gnu.org/licenses/agpl-3.0.html>.
COPY
date_rfc="$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)}")"
printf 'commons-table (%s) unstable; urgency=medium\n\n  * Built from the repository by build/make-deb.sh.\n\n -- Commons Table <commons-table@localhost>  %s\n' \
    "$version" "$date_rfc" | gzip -9n > "$doc/changelog.gz"

# Byte-compile at install time (as dh_python3 would), remove the caches on removal.
cat > "$root/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    python3 -m compileall -q /usr/share/commons-table >/dev/null || true
fi
POST
cat > "$root/DEBIAN/prerm" <<'PRE'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = upgrade ]; then
    find /usr/share/commons-table -name __pycache__ -type d -exec rm -rf {} +
fi
PRE
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"

size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: commons-table
Version: $version
Architecture: all
Maintainer: Commons Table <commons-table@localhost>
Installed-Size: $size
Depends: $(echo $depends)
Recommends: $(echo $recommends)
Section: misc
Priority: optional
Description: offline touchscreen kiosk for free markets and shared meals
 Anyone taps the screen to list what they brought and to see what is here
 now, post what they are looking for or offer a skill; nobody is tracked.
 Stewards print table signs and export a summary of what was shared.
 It runs full screen on a Raspberry Pi or laptop touchscreen, with its own
 on-screen keyboard and no network.
CONTROL
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$root/DEBIAN/md5sums" "$root/DEBIAN/control"
find "$root" -type d -exec chmod 0755 {} +
deb="$out/commons-table_${version}_all.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
