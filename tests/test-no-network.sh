#!/bin/sh
# Hearth never opens a network connection. The whole keyboard walk through
# the real app (learner added, module 1's lessons, its quiz) and the
# trainers' command lines run under strace, which records every socket
# made; any AF_INET or AF_INET6 socket fails the test. Local sockets (the X
# server, the session bus) are fine.
# usage: test-no-network.sh HEARTH TEST-KEYBOARD.PY
set -u
hearth=$1
keyboard_test=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

trace () {
  label=$1
  shift
  strace -f -qq -e trace=socket -o "$work/$label.trace" "$@" > "$work/$label.out" 2>&1
  echo "$label: exit $?, $(grep -c 'socket(' "$work/$label.trace") sockets"
  if grep -E 'AF_INET6?[,)]' "$work/$label.trace"; then
    echo "FAILED $label opened a network socket"
    status=1
  fi
}

trace keyboard-walk python3 "$keyboard_test" "$hearth"
grep -q FAILED "$work/keyboard-walk.out" && { cat "$work/keyboard-walk.out"; echo "FAILED the walk itself"; status=1; }
trace policy-templates "$hearth" --data-dir "$work/profile" --export-policy-template --language all --output "$work/sheets"
trace check-content "$hearth" --check-content
# The help page lists web addresses, which open only when clicked: starting
# the app and showing its first screen must not look them up.
HEARTH_EXIT_AFTER_FIRST_FRAME=1 trace first-frame "$hearth" --data-dir "$work/profile"

[ "$status" = 0 ] && echo "ok     no AF_INET or AF_INET6 socket"
exit "$status"
