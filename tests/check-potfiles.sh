#!/bin/sh
# Every file with strings for people must be in po/POTFILES.in, or its
# strings silently stay in English in every language.
# usage: check-potfiles.sh SOURCE_ROOT
cd "$1" || exit 1
missing=0
for file in $(grep -lE '(^|[^a-z_])N?_ \(|translatable="yes"' app/*.c app/*/*.c data/ui/*.ui 2>/dev/null) \
            $(ls data/*/*.xml.in data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null); do
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "$file has translatable strings but is not in po/POTFILES.in"
    missing=$((missing + 1))
  fi
done
for file in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$file" ] || { echo "po/POTFILES.in lists $file, which does not exist"; missing=$((missing + 1)); }
done
[ "$missing" = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
[ "$missing" = 0 ]
