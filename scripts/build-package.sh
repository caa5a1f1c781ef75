#!/usr/bin/env bash
# Builds the one-folder package of the `kiosk` command with PyInstaller (kiosk.spec):
# DIST_DIR/kiosk/kiosk, runnable on a machine without Python or the source tree.
# Usage: scripts/build-package.sh [DIST_DIR [WORK_DIR]]   (default dist/ and build/)
# Installs the dev extra (PyInstaller) first if it is missing; prints the size and the time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dist=$(realpath -m "${1:-$root/dist}")
work=$(realpath -m "${2:-$root/build}")
venv="$root/.venv"

if [ ! -x "$venv/bin/pyinstaller" ]; then
    echo "build-package: PyInstaller is missing; installing the dev extra"
    "$root/scripts/setup.sh" dev
fi
[ -x "$venv/bin/pyinstaller" ] || {
    echo "build-package: $venv/bin/pyinstaller is still missing:" \
        "run '$venv/bin/pip install -e \"$root[dev]\"'" >&2
    exit 1
}

start=$(date +%s)
cd "$root"
# The screens' translations (.qm from ui/translations/*.ts); kiosk.spec checks they are fresh.
"$venv/bin/python" -c "from ui.i18n import compile_translations; compile_translations()"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
    "$root/kiosk.spec"
seconds=$(($(date +%s) - start))

size=$(du -sh "$dist/kiosk" | cut -f1)
echo "build-package: $dist/kiosk/kiosk built in ${seconds} s; the folder is ${size}"
