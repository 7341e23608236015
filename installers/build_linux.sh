#!/usr/bin/env bash
# Build sbdesk for Linux: dist/sbdesk-<version>-linux-<arch>.tar.gz
#
#   installers/build_linux.sh                    # with python3 (3.11 or newer, built with --enable-shared)
#   PYTHON=python3.12 installers/build_linux.sh  # another Python
#   KEEP_VENV=1 installers/build_linux.sh        # reuse build/installer/venv (faster while working)
#
# Steps: a fresh virtual environment under build/installer/venv; sbdesk (from this checkout, as a
# wheel, so the bundle holds what a wheel holds) and the pinned PyInstaller installed into it from
# PyPI; PyInstaller runs installers/sbdesk.spec (one folder, `sbdesk` + `sbdesk-gui`); the folder,
# the .desktop file, the icon, install.sh and the licences are packed into the tarball.
# Then test it where the source tree's environment cannot help:  installers/smoke_test.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$ROOT/build/installer"
VENV="$WORK/venv"
started=$(date +%s)

say() { printf '[build] %s\n' "$*"; }

[ "$(uname -s)" = Linux ] || { echo "build_linux.sh builds on Linux; see installers/README.md for Windows and macOS" >&2; exit 2; }
arch="$(uname -m)"

if [ "${KEEP_VENV:-0}" != 1 ] || [ ! -x "$VENV/bin/python" ]; then
  say "fresh virtual environment in ${VENV#"$ROOT"/}"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "sbdesk needs Python 3.11 or newer" >&2; exit 2; }
"$PY" -m pip install -q --disable-pip-version-check --upgrade pip
say "installing sbdesk and PyInstaller into it"
"$PY" -m pip install -q --disable-pip-version-check "$ROOT" -r "$ROOT/installers/requirements-build.txt"
# A kept environment may hold an older build of this checkout under the same version: replace it.
"$PY" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$ROOT"
version="$("$PY" -c 'import sbdesk; print(sbdesk.__version__)')"
name="sbdesk-$version-linux-$arch"

say "PyInstaller: installers/sbdesk.spec (sbdesk $version)"
rm -rf "$WORK/dist" "$WORK/pyi"
# Run from the work folder, so that nothing in the checkout can shadow the installed package.
(cd "$WORK" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/pyi" "$ROOT/installers/sbdesk.spec")

say "packing $name.tar.gz"
stage="$WORK/stage/$name"
rm -rf "$WORK/stage"
mkdir -p "$stage" "$ROOT/dist"
cp -a "$WORK/dist/sbdesk/." "$stage/"
install -m 644 "$ROOT/installers/linux/sbdesk.desktop" "$stage/sbdesk.desktop"
install -m 644 "$ROOT/resources/icons/sbdesk.svg" "$stage/sbdesk.svg"
install -m 644 "$ROOT/installers/icons/sbdesk-256.png" "$stage/sbdesk.png"
install -m 755 "$ROOT/installers/linux/install.sh" "$stage/install.sh"
install -m 644 "$ROOT/installers/linux/README.txt" "$stage/README.txt"
tar -C "$WORK/stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$ROOT/dist/$name.tar.gz" "$name"

seconds=$(( $(date +%s) - started ))
say "bundle:  $(du -sh "$stage" | cut -f1) in ${stage#"$ROOT"/} ($(find "$stage" -type f | wc -l) files)"
say "tarball: $(du -h "$ROOT/dist/$name.tar.gz" | cut -f1) dist/$name.tar.gz"
say "glibc needed: $(find "$stage" -type f \( -name '*.so*' -o -name sbdesk -o -name sbdesk-gui \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 || echo unknown)"
say "done in $((seconds / 60)) min $((seconds % 60)) s — next: installers/smoke_test.sh dist/$name.tar.gz"
