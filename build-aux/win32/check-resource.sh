#!/bin/sh
# Compiles hearth.exe's Windows resource (icon and version information) with
# mingw's windres, on Linux, so a mistake in hearth.rc.in or make-ico.py is
# found before a Windows build. Skipped when mingw's windres or headers are
# not installed.
# usage: check-resource.sh HEARTH_RC MAKE_ICO ICON_SVG WORK_DIR
set -eu
rc=$1 make_ico=$2 svg=$3 work=$4
headers=/usr/share/mingw-w64/include
if ! command -v x86_64-w64-mingw32-windres >/dev/null || [ ! -f "$headers/windows.h" ] || ! command -v rsvg-convert >/dev/null; then
  echo "mingw's windres or headers, or rsvg-convert, are not installed (binutils-mingw-w64-x86-64, mingw-w64-x86-64-dev, librsvg2-bin)"
  exit 77
fi

rm -rf "$work" && mkdir -p "$work"
python3 "$make_ico" "$svg" "$work/hearth.ico"
cp "$rc" "$work/hearth.rc"
cd "$work"
# windres on Linux has no mingw gcc to preprocess with: use cpp, as for Windows.
x86_64-w64-mingw32-windres --preprocessor=cpp --preprocessor-arg=-E --preprocessor-arg=-xc-header \
  --preprocessor-arg=-DRC_INVOKED --preprocessor-arg=-D_WIN32 --preprocessor-arg=-D_WIN64 \
  --preprocessor-arg=-D__x86_64__ --preprocessor-arg=-U__linux__ \
  -I. -I"$headers" hearth.rc -O rc -o decompiled.rc
grep -q 'RT_GROUP_ICON' decompiled.rc || { echo "no icon in the resource"; exit 1; }
grep -q 'VALUE "ProductName", "Hearth"' decompiled.rc || { echo "no version information in the resource"; exit 1; }
icons=$(grep -c 'RT_ICON \*/' decompiled.rc)
echo "hearth.rc: version information and an icon at $icons sizes"
[ "$icons" -ge 9 ]
