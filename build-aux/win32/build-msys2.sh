#!/bin/bash
# Builds Hearth for Windows in MSYS2's UCRT64 shell, runs the tests that need
# no display, and gathers a folder that runs on any Windows 10 or 11
# computer: hearth.exe, its DLLs, GTK's image loaders, the compiled settings
# schemas, the icons, fonts, espeak-ng's voices, the translations and the
# manual as HTML. Then, if Inno Setup's compiler (iscc) is on the PATH, it
# makes the installer.
#
#   build-aux/win32/build-msys2.sh [--portable]
#
# --portable also puts portable.txt in the folder, for a USB stick: Hearth
# then keeps its profile and settings in the folder, not on the computer.
#
# This has not been run on Windows yet: see build-aux/win32/README.md.
set -euo pipefail

if [ "${MSYSTEM:-}" != UCRT64 ]; then
  echo "Run this in MSYS2's UCRT64 shell (MSYSTEM is '${MSYSTEM:-unset}')." >&2
  exit 2
fi

cd "$(dirname "$0")/../.."
source_dir=$PWD
build_dir=${HEARTH_BUILD_DIR:-_build-win32}
stage=$PWD/$build_dir/stage
dist=$PWD/$build_dir/Hearth
portable=no
[ "${1:-}" = --portable ] && portable=yes

# What the build, the tests and the bundle need, from MSYS2's packages.
packages=(
  mingw-w64-ucrt-x86_64-toolchain
  mingw-w64-ucrt-x86_64-meson
  mingw-w64-ucrt-x86_64-ninja
  mingw-w64-ucrt-x86_64-pkgconf
  mingw-w64-ucrt-x86_64-python
  mingw-w64-ucrt-x86_64-gettext
  mingw-w64-ucrt-x86_64-gtk4
  mingw-w64-ucrt-x86_64-libadwaita
  mingw-w64-ucrt-x86_64-sqlite3
  mingw-w64-ucrt-x86_64-libsodium
  mingw-w64-ucrt-x86_64-espeak-ng
  mingw-w64-ucrt-x86_64-check
  mingw-w64-ucrt-x86_64-librsvg
  mingw-w64-ucrt-x86_64-adwaita-icon-theme
  mingw-w64-ucrt-x86_64-yelp-tools
  mingw-w64-ucrt-x86_64-itstool
  mingw-w64-ucrt-x86_64-desktop-file-utils
  mingw-w64-ucrt-x86_64-appstream
  mingw-w64-ucrt-x86_64-ntldd
  mingw-w64-ucrt-x86_64-poppler
)
pacman -S --needed --noconfirm "${packages[@]}"

# Build, install into a staging folder, and test. The interface tests need
# an X server (Xvfb), which Windows does not have: the rest run.
if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "$build_dir" --prefix=/ --buildtype=release -Dprofile=default
fi
meson compile -C "$build_dir"
meson test -C "$build_dir" --print-errorlogs --no-suite ui --no-suite install --no-suite flatpak
rm -rf "$stage" "$dist"
meson install -C "$build_dir" --destdir "$stage"

# The folder: Hearth's own files first, then what it needs from MSYS2.
mkdir -p "$dist"
cp -r "$stage"/. "$dist"/
prefix=$MINGW_PREFIX

# Every DLL hearth.exe loads, directly or not, that MSYS2 provides.
copy_dlls () {
  ntldd -R "$1" | tr '\\' '/' | grep -io "$prefix/bin/[^ ]*\.dll" | sort -u | while read -r dll; do
    cp -n "$dll" "$dist/bin/"
  done
}
copy_dlls "$dist/bin/hearth.exe"

# GTK's image loaders (the pictures are SVG), with their cache rewritten
# for where they are now.
loaders=lib/gdk-pixbuf-2.0/2.10.0
mkdir -p "$dist/$loaders/loaders"
cp "$prefix/$loaders/loaders/"*.dll "$dist/$loaders/loaders/"
for loader in "$dist/$loaders/loaders/"*.dll; do copy_dlls "$loader"; done
GDK_PIXBUF_MODULEDIR="$dist/$loaders/loaders" gdk-pixbuf-query-loaders \
  | sed "s|$(cygpath -m "$dist")/||g" > "$dist/$loaders/loaders.cache"

# Settings schemas: Hearth's, GTK's and libadwaita's, compiled together.
mkdir -p "$dist/share/glib-2.0/schemas"
cp "$prefix/share/glib-2.0/schemas/"org.gtk.*.gschema.xml "$dist/share/glib-2.0/schemas/"
glib-compile-schemas "$dist/share/glib-2.0/schemas"

# Icons: the Adwaita icons the interface uses, and Hearth's own.
mkdir -p "$dist/share/icons"
cp -r "$prefix/share/icons/Adwaita" "$dist/share/icons/"
cp -r "$prefix/share/icons/hicolor" "$dist/share/icons/" 2>/dev/null || true
gtk4-update-icon-cache -q -t -f "$dist/share/icons/hicolor"

# Translations of GTK and libadwaita for Hearth's languages (Hearth's own
# are installed by meson).
for language in $(grep -v '^#' po/LINGUAS); do
  for domain in gtk40 libadwaita; do
    mo="$prefix/share/locale/$language/LC_MESSAGES/$domain.mo"
    [ -f "$mo" ] && install -D "$mo" "$dist/share/locale/$language/LC_MESSAGES/$domain.mo"
  done
done

# espeak-ng's voices, for reading aloud.
cp -r "$prefix/share/espeak-ng-data" "$dist/share/"

# Fonts: the policy sheet names Noto fonts, which Windows does not have.
# Give the folder of Noto's .ttf files in NOTO_FONTS_DIR (for example from
# the notofonts releases); they go in share/fonts with a fontconfig file.
if [ -n "${NOTO_FONTS_DIR:-}" ]; then
  mkdir -p "$dist/share/fonts/noto" "$dist/etc/fonts"
  for family in NotoSans NotoSansBengali NotoSansDevanagari NotoSansArabic NotoNaskhArabic NotoNastaliqUrdu; do
    cp "$NOTO_FONTS_DIR/$family"-*.ttf "$dist/share/fonts/noto/"
  done
  cp "$source_dir/build-aux/win32/fonts.conf" "$dist/etc/fonts/fonts.conf"
else
  echo "NOTO_FONTS_DIR is not set: the folder has no Noto fonts, and Windows' own fonts will be used." >&2
fi

[ "$portable" = yes ] && printf 'Hearth keeps its profile in hearth-profile beside this file.\r\n' > "$dist/bin/portable.txt"

echo "Hearth for Windows is in $build_dir/Hearth (run bin/hearth.exe)."

if command -v iscc >/dev/null; then
  iscc "/DSourceDir=$(cygpath -w "$dist")" "/DAppVersion=$(meson introspect --projectinfo "$build_dir" | python -c 'import json,sys; print(json.load(sys.stdin)["version"])')" \
    "/O$(cygpath -w "$PWD/$build_dir")" "$(cygpath -w "$source_dir/build-aux/win32/hearth.iss")"
  echo "The installer is in $build_dir."
else
  echo "iscc (Inno Setup 6) is not on the PATH: no installer made." >&2
fi
