#!/usr/bin/env bash
# Collects the screens' Japanese tr("...") strings from every ui/**/*.py into
# ui/translations/kiosk_<lang>.ts with pyside6-lupdate. New strings appear as unfinished
# (translate them in the .ts files); strings gone from the sources are dropped.
# Usage: scripts/update-translations.sh [LANG...]   (default: en zh ko es pt)
# KIOSK_TS_DIR=DIR updates DIR/kiosk_<lang>.ts instead (the tests use a copy).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lupdate="$root/.venv/bin/pyside6-lupdate"
[ -x "$lupdate" ] || {
    echo "update-translations: $lupdate is missing (run scripts/setup.sh)" >&2
    exit 1
}

languages=("$@")
((${#languages[@]})) || languages=(en zh ko es pt)
out=$(mkdir -p "${KIOSK_TS_DIR:-$root/ui/translations}" && cd "${KIOSK_TS_DIR:-$root/ui/translations}" && pwd)

cd "$root"
mapfile -t sources < <(find ui -name '*.py' -not -path 'ui/translations/*' | LC_ALL=C sort)
for language in "${languages[@]}"; do
    case $language in  # the variant meant, for a file made new
        zh) target=zh_CN ;;  # Simplified Chinese
        pt) target=pt_BR ;;  # most Portuguese speakers in Japan are Brazilian
        *) target=$language ;;
    esac
    "$lupdate" -silent -no-obsolete -locations none -source-language ja \
        -target-language "$target" "${sources[@]}" -ts "$out/kiosk_$language.ts"
done

echo "update-translations: ${#sources[@]} source files; messages still to translate:"
for language in "${languages[@]}"; do
    file="$out/kiosk_$language.ts"
    echo "  $file: $(grep -c 'type="unfinished"' "$file" || true)"
done
