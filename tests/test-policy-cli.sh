#!/bin/sh
# Blank home-policy sheets from the command line, checked with poppler-utils:
# pages and paper, every font embedded, the rules' text in English and
# Bengali; and every bad argument refused with one line and exit status 2.
# usage: test-policy-cli.sh HEARTH
set -u
hearth=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY
passed=0
failed=0

check () {
  if [ "$2" = 0 ]; then echo "ok     $1"; passed=$((passed + 1)); else echo "FAILED $1"; failed=$((failed + 1)); fi
}

# Runs hearth, expecting exit status $1 and, for status 2, exactly one line on stderr.
expect () {
  want=$1; shift
  "$hearth" "$@" > "$work/out" 2> "$work/err"
  got=$?
  lines=$(wc -l < "$work/err")
  if [ "$got" = "$want" ] && { [ "$want" != 2 ] || [ "$lines" = 1 ]; }; then return 0; fi
  echo "  hearth $* -> exit $got, stderr: $(cat "$work/err")"
  return 1
}

pages () { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
size () { pdfinfo "$1" | awk '/^Page size:/ { print $3 "x" $5 }'; }
all_embedded () { pdffonts "$1" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'; }

expect 0 --export-policy-template --language en --output "$work/en.pdf"
check "an English blank sheet" $?
[ "$(pages "$work/en.pdf")" -le 2 ] && [ "$(pages "$work/en.pdf")" -ge 1 ]
check "it has one or two pages" $?
[ "$(size "$work/en.pdf")" = "595.276x841.89" ]
check "it is A4" $?
all_embedded "$work/en.pdf"
check "every font is embedded" $?
pdftotext -raw "$work/en.pdf" - | tr -d ' \n' | grep -q "Weaskagrown-upbeforewedownloadanewapporgame."
check "the rules are text a program can read" $?

expect 0 --export-policy-template --language bn --bilingual --paper letter --output "$work/bn.pdf"
check "a bilingual Bengali sheet on Letter paper" $?
[ "$(size "$work/bn.pdf")" = "612x792" ]
check "it is US Letter" $?
[ "$(pages "$work/bn.pdf")" -le 2 ]
check "a bilingual blank sheet fits two pages" $?
# Every language, alone and with the English beneath, on both papers.
for language in en bn ar ur hi so; do
  for paper in a4 letter; do
    for bilingual in "" --bilingual; do
      "$hearth" --export-policy-template --language "$language" $bilingual --paper "$paper" \
        --output "$work/sheet-$language$bilingual-$paper.pdf" > /dev/null 2>&1 &&
        [ "$(pages "$work/sheet-$language$bilingual-$paper.pdf")" -le 2 ]
      check "the $language$bilingual blank sheet on $paper fits two pages" $?
    done
  done
done
all_embedded "$work/bn.pdf"
check "its Bengali fonts are embedded" $?
pdftotext -raw "$work/bn.pdf" - > "$work/bn.txt"
grep -q "আমরা" "$work/bn.txt" && tr -d ' \n' < "$work/bn.txt" | grep -q "Weaskagrown-upbeforewedownloadanewapporgame."
check "it has the rules in Bengali and in English" $?

expect 0 --export-policy-template --language all --output "$work/all"
check "--language all" $?
[ "$(ls "$work/all" | wc -l)" = 6 ]
check "writes one sheet per language" $?

# Bad arguments: one line, exit 2, nothing written.
expect 2 --export-policy-template --language xx --output "$work/x.pdf"
check "an unknown language" $?
expect 2 --export-policy-template --language en --paper a5 --output "$work/x.pdf"
check "an unknown paper" $?
expect 2 --export-policy-template --language en
check "no --output" $?
expect 2 --export-policy-template --output "$work/x.pdf"
check "no --language" $?
expect 2 --data-dir "$work/nobody" --export-policy 3 --output "$work/x.pdf"
check "no profile there" $?
mkdir -p "$work/profile" && "$hearth" --data-dir "$work/profile" --export-policy-template --language en --output "$work/p.pdf" >/dev/null 2>&1
[ ! -e "$work/x.pdf" ]
check "nothing was written for a bad argument" $?

# An existing file is kept unless --force.
cp "$work/bn.pdf" "$work/keep.pdf"
expect 2 --export-policy-template --language en --output "$work/keep.pdf"
check "an existing file is refused without --force" $?
cmp -s "$work/bn.pdf" "$work/keep.pdf"
check "and left as it was" $?
expect 0 --export-policy-template --language en --output "$work/keep.pdf" --force
check "--force replaces it" $?
[ "$(size "$work/keep.pdf")" = "595.276x841.89" ]
check "with the new sheet" $?

# A folder that does not exist: a clear error, exit 1, nothing left behind.
expect 1 --export-policy-template --language en --output "$work/no/such/folder/x.pdf"
check "an unwritable path is an error" $?
grep -q "no/such/folder" "$work/err"
check "which names the path" $?
[ -z "$(find "$work" -name '*.pdf' -path '*no/such*')" ] && [ ! -e "$work/no" ]
check "and leaves nothing half-written" $?

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
