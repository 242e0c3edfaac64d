#!/bin/sh
# Runs a test that opens windows: on its own X server and session bus, with
# GTK's software renderer so results do not depend on the machine's GPU.
export GDK_BACKEND=x11
export GSK_RENDERER=cairo
exec dbus-run-session -- xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" "$@"
