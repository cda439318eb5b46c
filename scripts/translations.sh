#!/usr/bin/env bash
# Refresh the Qt Linguist files from the code, then compile them to .qm.
#   scripts/translations.sh          update .ts from ui/ (keeps existing translations), build .qm
# Translate new strings in assets/translations/*.ts (Qt Linguist: pyside6-linguist FILE.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV:-.venv}/bin"
# ui/ speaks through tr(); kiosk/ marks its sentences with QT_TRANSLATE_NOOP("kiosk", …).
sources=$(find commons_table ui kiosk -name '*.py' | sort)
for lang in en es fr ar; do
    ts="assets/translations/commons_table_$lang.ts"
    # shellcheck disable=SC2086
    "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
        $sources -ts "$ts" >/dev/null
    "$bin/pyside6-lrelease" -silent "$ts" -qm "assets/translations/commons_table_$lang.qm"
done
