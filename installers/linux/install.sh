#!/usr/bin/env bash
# Install (or remove) this sbdesk bundle on Linux. Run it from the unpacked tarball.
#
#   ./install.sh                 for the current user: ~/.local/opt/sbdesk, ~/.local/bin, the menu entry
#   sudo ./install.sh --system   for every user:       /opt/sbdesk, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall [--system]   removes the program; the users' data is never touched
#
# The data (database, key file, backups) lives in each user's ~/.local/share/sbdesk and is not
# part of the installation: installing, updating or removing sbdesk leaves it as it is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
system=0
remove=0
for arg in "$@"; do
  case "$arg" in
    --system) system=1 ;;
    --uninstall) remove=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$system" = 1 ]; then
  [ "$(id -u)" = 0 ] || { echo "--system needs root (sudo)" >&2; exit 1; }
  prefix=/opt/sbdesk; bindir=/usr/local/bin; share=/usr/local/share
else
  prefix="$HOME/.local/opt/sbdesk"; bindir="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
apps="$share/applications"
icons="$share/icons/hicolor"

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "$remove" = 1 ]; then
  rm -f "$bindir/sbdesk" "$bindir/sbdesk-gui" "$apps/sbdesk.desktop" \
        "$icons/scalable/apps/sbdesk.svg" "$icons/256x256/apps/sbdesk.png"
  rm -rf "$prefix"
  refresh_menus
  echo "sbdesk is removed from $prefix. The users' data (~/.local/share/sbdesk) is kept."
  exit 0
fi

[ -x "$here/sbdesk" ] && [ -x "$here/sbdesk-gui" ] && [ -d "$here/_internal" ] \
  || { echo "run install.sh from the unpacked sbdesk folder" >&2; exit 1; }

# Copy beside the old version first, then swap, so a failed copy never leaves half an installation.
mkdir -p "$(dirname "$prefix")" "$bindir" "$apps" "$icons/scalable/apps" "$icons/256x256/apps"
rm -rf "$prefix.new"
cp -a "$here/." "$prefix.new/"
rm -rf "$prefix.old"
[ -e "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

ln -sfn "$prefix/sbdesk" "$bindir/sbdesk"
ln -sfn "$prefix/sbdesk-gui" "$bindir/sbdesk-gui"
install -m 644 "$prefix/sbdesk.svg" "$icons/scalable/apps/sbdesk.svg"
install -m 644 "$prefix/sbdesk.png" "$icons/256x256/apps/sbdesk.png"
sed -e "s|^Exec=sbdesk-gui|Exec=$prefix/sbdesk-gui|" -e "s|^TryExec=sbdesk-gui|TryExec=$prefix/sbdesk-gui|" \
  "$prefix/sbdesk.desktop" > "$apps/sbdesk.desktop"
chmod 644 "$apps/sbdesk.desktop"
refresh_menus

echo "sbdesk $("$prefix/sbdesk" --version 2>/dev/null | cut -d' ' -f2) is installed in $prefix."
echo "Menu entry: sbdesk (Office). Command line: $bindir/sbdesk (try: sbdesk --self-test)."
case ":$PATH:" in *":$bindir:"*) ;; *) echo "Note: $bindir is not on PATH for this shell." ;; esac
