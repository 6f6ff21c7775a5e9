#!/bin/sh
# Adds QA Desktop to the desktop menu of the current user; run from the unpacked folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/qa-desktop.png" "$icons/qa-desktop.png"
sed "s|^Exec=.*|Exec=\"$here/qa-desktop\"|" "$here/qa-desktop.desktop" > "$apps/qa-desktop.desktop"
echo "installed $apps/qa-desktop.desktop"
