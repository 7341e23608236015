#!/usr/bin/env bash
# Build sbdesk for macOS: dist/sbdesk.app and dist/sbdesk-<version>-macos-<arch>.dmg
#
#   installers/macos/build_macos.sh
#   SBDESK_CODESIGN_IDENTITY="Developer ID Application: Exempel kommun (TEAMID1234)" \
#   SBDESK_NOTARY_PROFILE=sbdesk-notary installers/macos/build_macos.sh     # signed and notarised
#
# Needs macOS with Xcode command line tools and Python 3.11+ from python.org (a universal2 build
# makes a universal2 app; Homebrew's Python makes one for this Mac's architecture only). Steps:
# fresh virtual environment, sbdesk + the pinned PyInstaller, installers/sbdesk.spec (BUNDLE makes
# sbdesk.app; with SBDESK_CODESIGN_IDENTITY PyInstaller signs every binary with the hardened runtime
# and installers/macos/entitlements.plist), the app's own `--self-test`, a compressed .dmg, and with
# SBDESK_NOTARY_PROFILE notarisation + stapling. See installers/macos/README.md. Not run by this
# project's CI (Linux).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$ROOT/build/installer"
VENV="$WORK/venv"
started=$(date +%s)
say() { printf '[build] %s\n' "$*"; }

[ "$(uname -s)" = Darwin ] || { echo "build_macos.sh builds on macOS" >&2; exit 2; }
if [ "${KEEP_VENV:-0}" != 1 ] || [ ! -x "$VENV/bin/python" ]; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check --upgrade pip
"$PY" -m pip install -q --disable-pip-version-check "$ROOT" -r "$ROOT/installers/requirements-build.txt"
"$PY" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$ROOT"
version="$("$PY" -c 'import sbdesk; print(sbdesk.__version__)')"
arch="$("$PY" -c 'import platform; print(platform.machine())')"

rm -rf "$WORK/dist" "$WORK/pyi"
(cd "$WORK" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/pyi" "$ROOT/installers/sbdesk.spec")
app="$WORK/dist/sbdesk.app"

say "self-test of the app"
env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" "$app/Contents/MacOS/sbdesk" --self-test

if [ -n "${SBDESK_CODESIGN_IDENTITY:-}" ]; then
  say "checking the signature"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

mkdir -p "$ROOT/dist"
dmg="$ROOT/dist/sbdesk-$version-macos-$arch.dmg"
rm -rf "$ROOT/dist/sbdesk.app" "$dmg"
cp -R "$app" "$ROOT/dist/sbdesk.app"
hdiutil create -volname "sbdesk $version" -srcfolder "$ROOT/dist/sbdesk.app" -ov -format UDZO "$dmg"

if [ -n "${SBDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$SBDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
  if [ -n "${SBDESK_NOTARY_PROFILE:-}" ]; then
    say "notarising (xcrun notarytool, keychain profile $SBDESK_NOTARY_PROFILE)"
    xcrun notarytool submit "$dmg" --keychain-profile "$SBDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler staple "$ROOT/dist/sbdesk.app"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi
say "$dmg ($(du -h "$dmg" | cut -f1)) in $(( $(date +%s) - started )) s"
