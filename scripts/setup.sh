#!/usr/bin/env bash
# Installs everything the kiosk needs on a fresh Debian 12 machine: the Debian packages
# listed in scripts/apt-packages.txt, then a virtual environment in .venv with the project.
# Usage: scripts/setup.sh [dev]   ("dev" adds the test tools). Safe to run again: it only
# installs what is missing or changed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
extra=${1:-}

mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$root/scripts/apt-packages.txt")
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "setup: please install these Debian packages as root: ${missing[*]}" >&2
            exit 1
        }
        sudo="sudo"
    fi
    echo "setup: installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null \
        && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[ -n "$python" ] || { echo "setup: Python 3.11 or newer is required" >&2; exit 1; }

venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
    echo "setup: creating $venv"
    "$python" -m venv "$venv"
fi

# Install only what the last successful installs of this pyproject.toml did not: one stamp
# per extra, named by the file's hash, so that ./run (base) and ./test (dev) do not undo each
# other. Installing an extra installs the base packages too: any stamp of this hash will do
# for a plain run.
hash=$(sha256sum "$root/pyproject.toml" | cut -c1-16)
stamp="$venv/.installed-$hash-${extra:-base}"
installed=false
if [ -e "$stamp" ]; then
    installed=true
elif [ -z "$extra" ] && compgen -G "$venv/.installed-$hash-*" >/dev/null; then
    installed=true
fi
if ! $installed; then
    echo "setup: installing Python packages"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    target="$root"
    [ -n "$extra" ] && target="$root[$extra]"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$target"
    # Without --no-deps it would build dlib from source (minutes); dlib-bin provides it.
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
        "face_recognition==1.3.0"
    # Stamps of an older pyproject.toml no longer say what is installed.
    for old in "$venv"/.installed-*; do
        [[ $old == "$venv/.installed-$hash-"* ]] || rm -f "$old"
    done
    touch "$stamp"
fi

# The screens' translations: ui/translations/kiosk_<lang>.qm built from each .ts that is
# newer (the kiosk would build missing ones at start-up too).
for ts in "$root"/ui/translations/kiosk_*.ts; do
    [ -e "$ts" ] || continue
    qm=${ts%.ts}.qm
    [ "$qm" -nt "$ts" ] && continue
    "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
done
