#!/bin/sh
# The command line, with no display: --version, --check-content on the
# built-in course and on a folder with a broken file.
# usage: test-cli.sh HEARTH
set -u
hearth=$1
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY

check () {
  if [ "$2" = 0 ]; then
    echo "ok     $1"; passed=$((passed + 1))
  else
    echo "FAILED $1"; failed=$((failed + 1))
  fi
}

"$hearth" --version > "$work/version"
check "--version exits 0" $?
grep -qx 'hearth [0-9][0-9.]*' "$work/version"
check "--version prints “hearth X.Y.Z”" $?

"$hearth" --check-content > "$work/content"
check "--check-content exits 0 on the built-in course" $?
cat "$work/content"
for language in en bn ar ur hi so; do
  grep -Eqx "$language modules=[1-9][0-9]* lessons=[0-9]+ steps=[0-9]+ questions=[0-9]+ missing=[0-9]+" "$work/content"
  check "a summary line for $language in the fixed form" $?
done
for language in en bn ar; do
  grep -Eq "^$language .* missing=0$" "$work/content"
  check "nothing missing in $language" $?
done
[ "$(wc -l < "$work/content")" -eq 6 ]
check "no problems reported" $?

# A broken module next to a good one: exit 1, the problem as file:line: reason.
mkdir "$work/course"
"$hearth" --check-content > /dev/null
printf '<module id="good">\n<title>T</title>\n<summary>S</summary>\n<lesson id="l"><title>L</title><step><text>x</text></step></lesson>\n<quiz><question id="q" kind="true-false"><prompt>P</prompt><option correct="true"><text>True</text><feedback>t</feedback></option><option correct="false"><text>False</text><feedback>f</feedback></option></question></quiz>\n</module>\n' > "$work/course/01-good.xml"
printf '<module id="bad">\n<title>T</title>\n<lesson id="l">\n<title>L</title>\n<step><text>x</text><nonsense/></step>\n</lesson>\n</module>\n' > "$work/course/02-bad.xml"
"$hearth" --check-content --course-dir "$work/course" > "$work/broken"
status=$?
cat "$work/broken"
[ "$status" = 1 ]
check "--check-content exits 1 when a file is invalid" $?
grep -qx 'en modules=1 lessons=1 steps=1 questions=1 missing=0' "$work/broken"
check "the good module still loads" $?
grep -qx '02-bad.xml:5: unknown element <nonsense>' "$work/broken"
check "the problem names file, line and reason" $?

"$hearth" --check-content --course-dir "$work/no-such-folder" > /dev/null 2>&1
[ $? = 1 ]
check "a missing course folder is an error" $?

# Read-aloud into a WAV file, for every language with a voice.
for language in en bn ar ur hi; do
  "$hearth" --speak "Hearth 0800 1111" --language "$language" --output "$work/$language.wav" > /dev/null 2>&1 &&
    [ "$(head -c 4 "$work/$language.wav")" = RIFF ] && [ "$(wc -c < "$work/$language.wav")" -gt 16000 ]
  check "--speak writes a WAV in $language ($(wc -c < "$work/$language.wav" 2>/dev/null) bytes)" $?
done
speak_fails () {
  "$hearth" "$@" > /dev/null 2> "$work/speak-error"
  [ $? = 2 ] && [ "$(wc -l < "$work/speak-error")" = 1 ]
}
speak_fails --speak "Waalidiinta" --language so --output "$work/so.wav" && [ ! -e "$work/so.wav" ]
check "--speak refuses Somali, which has no voice yet, in one line" $?
speak_fails --speak "Hello" --language xx --output "$work/xx.wav"
check "--speak refuses an unknown language" $?
speak_fails --speak "Hello" --language en
check "--speak needs --output" $?
speak_fails --speak "Hello" --language en --rate quick --output "$work/quick.wav"
check "--speak refuses an unknown rate" $?
speak_fails --speak "Hello" --language en --output "$work/en.wav"
check "--speak does not replace a file without --force" $?
"$hearth" --speak "Hello" --language en --rate slow --output "$work/en.wav" --force > /dev/null 2>&1
check "--speak --force replaces it" $?
"$hearth" --speak "Hello" --language en --output "$work/no-such-folder/en.wav" > /dev/null 2>&1
[ $? = 1 ]
check "--speak into a missing folder is an error" $?

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
