#!/bin/sh
# Each translation compiles with msgfmt --check; Bengali and Arabic, which
# ship complete, have no untranslated or fuzzy message.
# usage: check-po.sh PO_DIR
cd "$1" || exit 1
failed=0
passed=0
for language in $(grep -v '^#' LINGUAS); do
  statistics=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$language.po" 2>&1)
  status=$?
  echo "$language: $statistics"
  if [ $status != 0 ] || echo "$statistics" | grep -qE 'untranslated|fuzzy'; then
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
