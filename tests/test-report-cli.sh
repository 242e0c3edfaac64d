#!/bin/sh
# The anonymised report, backup and restore from the command line, on a
# generated profile: the CSV read back with Python's csv module and checked
# against the profile itself; a backup restored into a new folder gives the
# same report; refusals change nothing; every bad argument gets one line and
# exit status 2, every failure a message and exit status 1.
# usage: test-report-cli.sh HEARTH GENERATE-PROFILE COURSE-DIR
set -u
hearth=$1
generate=$2
course=$3
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

said () { grep -q "$1" "$work/err" || { echo "  stderr lacks “$1”: $(cat "$work/err")"; return 1; }; }

# Every row of every table, so "nothing changed" can be checked.
digest () {
  python3 -c 'import hashlib, sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest())' "$1"
}

"$generate" --learners 40 --answers 4000 --workshops 6 "$work/data" > /dev/null
check "a generated profile of 40 learners" $?

expect 0 --data-dir "$work/data" --export-report "$work/all.csv"
check "the report of every learner" $?

# Read back with Python's csv module, and every value checked against the
# profile, worked out again here in Python from the tables.
python3 - "$work/all.csv" "$work/data/profile.db" "$course" <<'EOF'
import csv, glob, re, sqlite3, sys

path, profile, course = sys.argv[1:]
raw = open(path, 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no byte-order mark'
assert raw.endswith(b'\r\n'), 'the last line does not end in CR LF'

header = ['participant', 'workshop', 'language', 'module', 'started', 'completed', 'quiz_score', 'quiz_total',
          'confidence_before', 'confidence_after', 'intention']
reader = csv.DictReader(open(path, encoding='utf-8-sig', newline=''))
assert reader.fieldnames == header, reader.fieldnames
rows = list(reader)

lessons = {}
for source in sorted(glob.glob(course + '/*.xml.in')):
    text = open(source, encoding='utf-8').read()
    module = re.search(r'<module id="([^"]+)"', text).group(1)
    lessons[module] = set(re.findall(r'<lesson id="([^"]+)"', text))
modules = list(lessons)

db = sqlite3.connect('file:' + profile + '?mode=ro', uri=True)
learners = db.execute('SELECT l.id, participant_code, display_name, language, w.name FROM learners l '
                      'LEFT JOIN workshops w ON w.id = l.workshop_id ORDER BY l.created_at, l.id').fetchall()
assert len(rows) == len(learners) * len(modules), (len(rows), len(learners))

text = raw.decode('utf-8')
for _, _, name, _, _ in learners:
    assert name not in text, 'a name is in the report: ' + name

tricky = 0
for i, row in enumerate(rows):
    learner_id, code, _, language, workshop = learners[i // len(modules)]
    module = modules[i % len(modules)]
    assert row['participant'] == code and re.fullmatch('[0-9A-F]{10}', code), row
    assert row['workshop'] == (workshop or ''), (row['workshop'], workshop)
    tricky += any(c in row['workshop'] for c in ',"\n') or 'مركز' in row['workshop']
    assert row['language'] == language and row['module'] == module, row

    progress = db.execute('SELECT lesson_id, completed_at FROM lesson_progress WHERE learner_id = ? AND module_id = ?',
                          (learner_id, module)).fetchall()
    started = any(lesson in lessons[module] for lesson, _ in progress)
    done = {lesson for lesson, completed in progress if completed is not None} & lessons[module]
    attempts = db.execute('SELECT score, total, finished_at FROM quiz_attempts WHERE learner_id = ? AND module_id = ? '
                          'AND finished_at IS NOT NULL', (learner_id, module)).fetchall()
    best = max(attempts, key=lambda a: (a[0] / max(a[1], 1), a[2]), default=None)
    assert row['started'] == str(int(started)), row
    assert row['completed'] == str(int(done == lessons[module] and best is not None)), row
    assert (row['quiz_score'], row['quiz_total']) == ((str(best[0]), str(best[1])) if best else ('', '')), row

    for phase in ('before', 'after'):
        survey = db.execute('SELECT confidence_1, confidence_2, confidence_3, intention FROM survey_responses '
                            'WHERE learner_id = ? AND module_id = ? AND phase = ? AND NOT skipped',
                            (learner_id, module, phase)).fetchone()
        items = [v for v in (survey or ())[:3] if v is not None]
        expected = '%.1f' % (sum(items) / len(items)) if items else ''
        assert row['confidence_' + phase] == expected, (row, phase, survey)
        if phase == 'after':
            assert row['intention'] == (str(survey[3]) if survey and survey[3] else ''), row

assert tricky > 0, 'no workshop name with a comma, quote, line break or Arabic'
print('  %d rows read back and checked' % len(rows))
EOF
check "the CSV read back has every value the profile has, and no name" $?

arabic_workshop=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT name FROM workshops WHERE name LIKE ?", ("مركز%",)).fetchone()[0])' \
  "$work/data/profile.db")
expect 0 --data-dir "$work/data" --export-report "$work/one.csv" --workshop "$arabic_workshop"
check "the report of one workshop, named in Arabic" $?
python3 - "$work/one.csv" "$arabic_workshop" "$work/data/profile.db" <<'EOF'
import csv, sqlite3, sys
path, name, profile = sys.argv[1:]
rows = list(csv.DictReader(open(path, encoding='utf-8-sig', newline='')))
members = sqlite3.connect(profile).execute(
    'SELECT count (*) FROM learners JOIN workshops w ON w.id = workshop_id WHERE w.name = ?', (name,)).fetchone()[0]
assert members > 0 and len(rows) == members * 5, (len(rows), members)
assert all(row['workshop'] == name for row in rows)
EOF
check "it has only that workshop's learners" $?

expect 2 --data-dir "$work/data" --export-report "$work/all.csv"
check "an existing report is not replaced without --force" $? 
said "already exists"
check "and says so" $?
expect 0 --data-dir "$work/data" --export-report "$work/all.csv" --force
check "with --force it is" $?
expect 2 --data-dir "$work/data" --export-report "$work/x.csv" --workshop "No such workshop"
check "an unknown workshop" $?
expect 1 --data-dir "$work/data" --export-report "$work/no/such/folder/report.csv"
check "an unwritable place" $?
said "Could not write the report"
check "gets a clear message" $?
[ ! -e "$work/no" ] && [ "$(ls "$work" | grep -c '\.csv\.')" = 0 ]
check "and leaves nothing behind" $?
expect 2 --data-dir "$work/data" --workshop "Dhaka"
check "--workshop alone" $?
expect 2 --data-dir "$work/data" --export-report "$work/x.csv" --backup "$work/x.db"
check "two commands at once" $?
expect 2 --data-dir "$work/empty" --export-report "$work/x.csv"
check "a folder with no profile" $?
[ ! -e "$work/empty" ]
check "is not made" $?

# Backup, and restore into a new folder: the same report, byte for byte.
expect 0 --data-dir "$work/data" --backup "$work/backup.db"
check "a backup" $?
[ "$(stat -c %a "$work/backup.db")" = 600 ]
check "readable only by its owner" $?
expect 2 --data-dir "$work/data" --backup "$work/backup.db"
check "an existing backup is not replaced without --force" $?
expect 0 --data-dir "$work/data" --backup "$work/backup.db" --force
check "with --force it is" $?
expect 0 --data-dir "$work/new" --restore "$work/backup.db"
check "restoring into a new folder" $?
expect 0 --data-dir "$work/new" --export-report "$work/restored.csv"
cmp -s "$work/all.csv" "$work/restored.csv"
check "gives the same report" $?

# Restoring over a profile: only with --force, and the old one is kept.
printf 'These are not the learners you are looking for.\n' > "$work/notes.txt"
python3 -c 'import shutil, sqlite3, sys
shutil.copy(sys.argv[1], sys.argv[2])
db = sqlite3.connect(sys.argv[2]); db.execute("PRAGMA user_version = 99"); db.commit()' "$work/backup.db" "$work/newer.db"
before=$(digest "$work/data/profile.db")
expect 2 --data-dir "$work/data" --restore "$work/backup.db"
check "restoring over a profile needs --force" $?
expect 1 --data-dir "$work/data" --restore "$work/notes.txt" --force
check "a text file is refused" $?
said "not a Hearth profile"
check "with the reason" $?
expect 1 --data-dir "$work/data" --restore "$work/newer.db" --force
check "a profile from a newer Hearth is refused" $?
said "newer version of Hearth"
check "with the reason" $?
[ "$(digest "$work/data/profile.db")" = "$before" ] && [ ! -e "$work/data/backups" ]
check "and nothing changed" $?
expect 1 --data-dir "$work/other" --restore "$work/notes.txt"
check "a text file is refused in a new folder" $?
[ ! -e "$work/other" ]
check "and no profile is left there" $?
expect 2 --data-dir "$work/data" --restore "$work/no-such-file.db" --force
check "a missing file" $?

expect 0 --data-dir "$work/new" --restore "$work/backup.db" --force
check "restoring over a profile with --force" $?
ls "$work/new/backups/" | grep -q '^profile-before-restore-[0-9]\{8\}-[0-9]\{6\}\.db$'
check "keeps the one before in backups/" $?

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
