#!/bin/sh
# Install (or remove) this Tokyo Desk bundle for one user, or for everyone with a prefix:
#
#   ./install.sh                     copy to ~/.local/lib/tokyo-desk, add the menu entry
#   ./install.sh --prefix /opt/x     the same under another prefix (e.g. /usr/local, as root)
#   ./install.sh --uninstall [--prefix DIR]
#
# Officers' profiles (~/.local/share/TokyoDesk) are never touched: removing the program
# keeps every encrypted case record.
set -eu

app_id=org.tokyodesk.TokyoDesk
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "usage: $0 [--prefix DIR] [--uninstall]" >&2; exit 2 ;;
  esac
done

app="$prefix/lib/tokyo-desk"
sizes="16 24 32 48 64 128 256 512"

if [ "$action" = uninstall ]; then
  rm -rf "$app"
  rm -f "$prefix/bin/tokyo-desk" \
        "$prefix/share/applications/$app_id.desktop" \
        "$prefix/share/metainfo/$app_id.metainfo.xml" \
        "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do
    rm -f "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  echo "Tokyo Desk removed from $prefix (profiles kept)."
  exit 0
fi

# Copy beside the old version first, then swap: an interrupted copy leaves the old one working.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app.new"
cp -R "$here" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/tokyo-desk" "$prefix/bin/tokyo-desk"

mkdir -p "$prefix/share/applications" "$prefix/share/metainfo" \
         "$prefix/share/icons/hicolor/scalable/apps"
sed "s|^Exec=tokyo-desk|Exec=\"$app/tokyo-desk\"|" \
    "$here/share/applications/$app_id.desktop" > "$prefix/share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$prefix/share/icons/hicolor/scalable/apps/"
for size in $sizes; do
  mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
  cp "$here/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
     "$prefix/share/icons/hicolor/${size}x${size}/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true

echo "Tokyo Desk installed in $app; start it from the menu or with: $prefix/bin/tokyo-desk"
echo "Check it with: $prefix/bin/tokyo-desk --self-test"
