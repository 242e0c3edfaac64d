#!/usr/bin/env python3
"""The whole learner flow with the keyboard alone, on the real binary.

Starts `hearth --data-dir` on the test's X server, sends key presses with
xdotool (no mouse, no widget calls), and then reads profile.db to see that a
learner was added, every lesson of module 1 completed and the quiz finished.
Run by run-gui-test.sh, which provides the X server and session bus.
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

hearth = sys.argv[1]
data_dir = tempfile.mkdtemp(prefix='hearth-keyboard-')
failures = []


def key(*names, pause=0.35):
    for name in names:
        subprocess.run(['xdotool', 'key', '--clearmodifiers', name], check=True)
        time.sleep(pause)


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '60', text], check=True)
    time.sleep(0.4)


def check(what, ok):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)


app = subprocess.Popen([hearth, '--data-dir', data_dir])
try:
    window = None
    for _ in range(100):
        found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', '^Hearth$'],
                               capture_output=True, text=True).stdout.split()
        if found:
            window = found[0]
            break
        time.sleep(0.1)
    check('the window opens', window is not None)
    time.sleep(1)
    subprocess.run(['xdotool', 'windowfocus', '--sync', window], check=True)

    # "Who is learning today?": Enter on the first tile, "Add Me".
    key('Return')
    # The name box has the focus; Enter in it starts learning.
    type_text('Keyboard Learner')
    key('Return', pause=0.8)
    # Home: Enter on the first module card; module page: Enter on "Start".
    key('Return', pause=0.8)
    key('Return', pause=0.8)
    # Before the first lesson, the optional survey: Escape skips it.
    key('Escape', pause=0.8)
    # Three lessons of six steps: Enter on Next / Finish, then "Carry On".
    for lesson in range(3):
        key(*['Return'] * 6)
        time.sleep(0.5)
        key('Return', pause=0.8)
    # The quiz: choose the first answer with Space, Tab to "Check My Answer",
    # Enter. One choice answers are a radio group, one Tab stop; each box of a
    # "choose all" question is a stop of its own. Right answers leave the
    # focus on "Next"; wrong ones on "Try Again", one Tab before "Next".
    # (question 1 to 8 of module 1: is the first option right? Tabs to Check)
    questions = [(False, 1), (False, 1), (False, 4), (False, 1),
                 (True, 1), (True, 1), (False, 4), (False, 1)]
    for right, tabs in questions:
        key('space', *['Tab'] * tabs, 'Return')
        if not right:
            key('Tab')
        key('Return', pause=0.6)
    # The summary: Enter on "Back to the Topic"; the 'after' survey: Escape.
    key('Return', pause=0.8)
    key('Escape', pause=0.8)
    # Quit with the keyboard.
    key('ctrl+q', pause=1.0)
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        check('Ctrl+Q quits', False)
finally:
    if app.poll() is None:
        app.kill()

db = sqlite3.connect(os.path.join(data_dir, 'profile.db'))
learners = db.execute('SELECT display_name FROM learners').fetchall()
check('a learner was added with the typed name', learners == [('Keyboard Learner',)])
completed = db.execute('SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL').fetchone()[0]
check(f'every lesson was completed ({completed} of 3)', completed == 3)
result = db.execute('SELECT score, total FROM quiz_attempts WHERE finished_at IS NOT NULL').fetchall()
check(f'the quiz was finished with 2 of 8 right first time ({result})', result == [(2, 8)])
answers = db.execute('SELECT count(*) FROM quiz_answers').fetchone()[0]
check(f'all 8 answers were saved ({answers})', answers == 8)
survey = db.execute('SELECT phase, skipped FROM survey_responses ORDER BY phase DESC').fetchall()
check(f'both surveys were skipped with Escape ({survey})', survey == [('before', 1), ('after', 1)])

print(f'{5 + 1 - len(failures)} passed, {len(failures)} failed')
sys.exit(1 if failures else 0)
