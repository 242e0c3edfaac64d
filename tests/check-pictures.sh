#!/bin/sh
# Every picture in data/course/pictures is built into the resources and used
# by a module, and every avatar is built in: a picture left out shows as a
# blank to the learner, and one nobody uses only makes the download bigger.
# usage: check-pictures.sh SOURCE_ROOT
cd "$1/data" || exit 1
failed=0
for picture in course/pictures/*.svg avatars/*.svg; do
  if ! grep -q ">$picture</file>" hearth-content.gresource.xml; then
    echo "$picture is not in data/hearth-content.gresource.xml"
    failed=$((failed + 1))
  fi
done
for picture in course/pictures/*.svg; do
  name=$(basename "$picture")
  if ! grep -q "src=\"$name\"" course/*.xml.in; then
    echo "$picture is not used by any module"
    failed=$((failed + 1))
  fi
  if grep -qE '<text[ >]|<image[ >]|font-family' "$picture"; then
    echo "$picture has text or an embedded image in it: pictures carry no words"
    failed=$((failed + 1))
  fi
done
[ "$failed" = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
[ "$failed" = 0 ]
