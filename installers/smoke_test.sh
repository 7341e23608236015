#!/usr/bin/env bash
# Smoke test of a built Linux bundle, away from the source tree.
#
#   installers/smoke_test.sh [dist/sbdesk-<version>-linux-<arch>.tar.gz | a bundle folder]
#
# Copies the bundle (or unpacks the tarball) into a new temporary folder and runs
# `<bundle>/sbdesk --self-test` there with an empty environment (env -i PATH=/usr/bin:/bin
# HOME=<temporary>): no virtual environment, PYTHONPATH or checkout can help it. The self-test
# creates an encrypted demo database in a temporary folder, opens the window offscreen, renders
# every page, makes every kind of letter and verifies the database (sbdesk/selftest.py).
# Exit 0 only when the bundled self-test passes and the bundle looks complete.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-}"
if [ -z "$target" ]; then
  target="$(ls -t "$ROOT"/dist/sbdesk-*-linux-*.tar.gz 2>/dev/null | head -1 || true)"
  [ -n "$target" ] || { echo "no dist/sbdesk-*-linux-*.tar.gz; run installers/build_linux.sh first" >&2; exit 2; }
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/sbdesk-smoke.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
bundle="$tmp/bundle"
if [ -d "$target" ]; then
  cp -a "$target" "$bundle"
else
  mkdir "$bundle"
  tar -C "$bundle" --strip-components=1 -xzf "$target"
fi
mkdir "$tmp/home"
echo "[smoke] bundle: $target -> $bundle"

fail() { echo "[smoke] FAILED: $*" >&2; exit 1; }
for f in sbdesk sbdesk-gui; do [ -x "$bundle/$f" ] || fail "$f missing or not executable"; done
for f in licenses/LICENSE licenses/THIRD_PARTY_NOTICES.md licenses/LGPL-3.0.txt licenses/GPL-3.0.txt \
         licenses/QT-LGPL-NOTICE.txt _internal/resources/data/kommuner.csv; do
  [ -s "$bundle/$f" ] || fail "$f missing"
done
if [ -f "$target" ]; then
  for f in sbdesk.desktop sbdesk.svg install.sh; do [ -s "$bundle/$f" ] || fail "$f missing from the tarball"; done
fi

clean_env=(env -i PATH=/usr/bin:/bin HOME="$tmp/home")
cd "$tmp"  # not the checkout
version_line="$("${clean_env[@]}" "$bundle/sbdesk" --version)" || fail "sbdesk --version"
echo "[smoke] $version_line"

set +e
"${clean_env[@]}" "$bundle/sbdesk" --self-test > "$tmp/self-test.txt" 2> "$tmp/stderr.txt"
rc=$?
set -e
cat "$tmp/self-test.txt"
if [ "$rc" != 0 ]; then
  echo "[smoke] stderr of the self-test:" >&2
  cat "$tmp/stderr.txt" >&2
  fail "sbdesk --self-test exited with $rc"
fi
grep -q "installerat paket" "$tmp/self-test.txt" || fail "the self-test did not run frozen (not the bundle?)"
! grep -q "^FEL" "$tmp/self-test.txt" || fail "a check failed"
[ -z "$(find "$bundle" -name __pycache__)" ] || fail "the bundle wrote __pycache__ into the installation"
[ -z "$(find "$tmp/home" -path '*sbdesk*' -name '*.db' 2>/dev/null)" ] || fail "a database was left in HOME"
echo "[smoke] OK: the bundled self-test passed without the source tree's environment"
