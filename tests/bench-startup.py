#!/usr/bin/env python3
"""Start-up time and peak memory: Hearth next to a minimal libadwaita window.

Time: from just before the process is started to its first painted frame
(both read from CLOCK_MONOTONIC), median of N runs. Peak RSS: the process's
maxrss. The two programs run alternately in the same session, so they share
the machine's state. Hearth opens on a new, empty profile each time (the
learner picker). Run by run-gui-test.sh, which provides the X server.

usage: bench-startup.py HEARTH MINIMAL_WINDOW [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

hearth, minimal = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
env = dict(os.environ, HEARTH_EXIT_AFTER_FIRST_FRAME='1')


def measure(command):
    start = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    frame = [int(line.split()[1]) for line in output.splitlines() if line.startswith('first-frame ')]
    if process.returncode != 0 or not frame:
        sys.exit(f'{command[0]} did not report a first frame (exit {process.returncode})')
    return (frame[0] - start) / 1000.0, usage.ru_maxrss / 1024.0


results = {'hearth': [], 'minimal': []}
for run in range(runs):
    with tempfile.TemporaryDirectory() as data_dir:
        results['hearth'].append(measure([hearth, '--data-dir', data_dir]))
    results['minimal'].append(measure([minimal]))

for name, label in (('hearth', 'Hearth, learner picker'), ('minimal', 'minimal libadwaita window')):
    times = [t for t, _ in results[name]]
    rss = [m for _, m in results[name]]
    print(f'{label:28} first frame: median {statistics.median(times):7.1f} ms '
          f'(runs: {", ".join(f"{t:.0f}" for t in times)})   '
          f'peak RSS: median {statistics.median(rss):6.1f} MiB (max {max(rss):.1f})')
