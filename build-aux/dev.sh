#!/bin/sh
# Builds and runs Hearth, or runs its whole test suite, on Debian 12 or newer,
# installing the packages it needs first.
#
#   build-aux/dev.sh run [HEARTH OPTIONS]   build, then start Hearth
#   build-aux/dev.sh test                   build, then run every test
#
# The build goes in _build/ (or $HEARTH_BUILD_DIR).
set -eu

cd "$(dirname "$0")/.."
build_dir=${HEARTH_BUILD_DIR:-_build}

# What Hearth needs to build and run, and what its tests need besides.
build_packages="meson ninja-build pkg-config gcc gettext python3 libglib2.0-dev libglib2.0-dev-bin
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libsodium-dev libespeak-ng-dev check itstool"
run_packages="espeak-ng-data librsvg2-common adwaita-icon-theme fonts-noto-core fonts-noto-color-emoji"
test_packages="xvfb xauth dbus-daemon xdotool poppler-utils strace
  appstream desktop-file-utils yelp-tools flatpak-builder librsvg2-bin
  binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev"

install_packages () {
  missing=""
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing="$missing $package"
  done
  [ -z "$missing" ] && return 0

  echo "Installing:$missing"
  if [ "$(id -u)" = 0 ]; then
    sudo=""
  else
    sudo="sudo"
  fi
  $sudo apt-get update -q
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}

configure () {
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir"
  fi
  meson compile -C "$build_dir"
}

# meson prints its own totals; this adds the plain closing line CI reads.
summarise_tests () {
  python3 - "$build_dir/meson-logs/testlog.json" <<'PY'
import json, sys
results = [json.loads(line)['result'] for line in open(sys.argv[1]) if line.strip()]
passed = sum(r in ('OK', 'EXPECTEDFAIL') for r in results)
skipped = sum(r == 'SKIP' for r in results)
print(f"{passed} passed, {len(results) - passed - skipped} failed, {skipped} skipped")
PY
}

command=${1:-run}
[ $# -gt 0 ] && shift

case $command in
  run)
    # shellcheck disable=SC2086
    install_packages $build_packages $run_packages
    configure
    HEARTH_LOCALEDIR="$PWD/$build_dir/po/locale" GSETTINGS_SCHEMA_DIR="$PWD/$build_dir/data" \
      exec "$build_dir/app/hearth" "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    install_packages $build_packages $run_packages $test_packages
    configure
    status=0
    meson test -C "$build_dir" --print-errorlogs "$@" || status=$?
    summarise_tests
    exit $status
    ;;
  *)
    echo "usage: $0 run [HEARTH OPTIONS] | test [MESON TEST OPTIONS]" >&2
    exit 2
    ;;
esac
