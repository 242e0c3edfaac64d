#!/usr/bin/env python3
"""Hearth's code builds on Windows too: no POSIX-only header or call outside
a block for Unix.

usage: check-portable.py SOURCE_ROOT

Looks through app/ for what MSYS2's Windows toolchain does not have (or has
with another meaning): unistd.h, fsync(), fork(), getuid() and the like.
They are allowed inside #ifdef G_OS_UNIX (or __linux__), or in the #else of
#ifdef G_OS_WIN32. GLib has a portable call for nearly each: g_fsync,
g_close, g_spawn_*, g_get_user_name, g_setenv, g_mkstemp, g_file_read_link.
"""
import pathlib
import re
import sys

HEADERS = ['unistd.h', 'sys/wait.h', 'sys/mman.h', 'sys/socket.h', 'sys/ioctl.h', 'sys/un.h',
           'pwd.h', 'grp.h', 'termios.h', 'dirent.h', 'poll.h', 'netinet/in.h', 'arpa/inet.h']
CALLS = ['fsync', 'fdatasync', 'fork', 'vfork', 'execv', 'execvp', 'waitpid', 'getuid', 'geteuid',
         'getgid', 'getpwuid', 'getpwnam', 'kill', 'symlink', 'readlink', 'realpath', 'mkstemp',
         'mkdtemp', 'fchmod', 'chown', 'fchown', 'setenv', 'unsetenv', 'pipe', 'dup2', 'mmap',
         'strsep', 'strtok_r', 'localtime_r', 'gmtime_r', 'strptime', 'nanosleep', 'usleep', 'sleep']
call_pattern = re.compile(r'(?<![\w.>])(' + '|'.join(CALLS) + r')\s*\(')
header_pattern = re.compile(r'#\s*include\s*<(' + '|'.join(re.escape(h) for h in HEADERS) + r')>')


def unix_only(stack):
    """Whether the innermost conditions make this line Unix-only."""
    for condition, in_else in stack:
        unix = 'G_OS_UNIX' in condition or '__linux__' in condition
        windows = 'G_OS_WIN32' in condition
        negated = condition.startswith('ifndef') or '!' in condition
        if unix and not negated and not in_else:
            return True
        if windows and negated != in_else:  # #ifndef G_OS_WIN32, or #ifdef G_OS_WIN32 ... #else
            return True
    return False


problems = []
root = pathlib.Path(sys.argv[1])
for path in sorted((root / 'app').rglob('*.[ch]')):
    stack = []
    in_comment = False
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        code = line
        if in_comment:
            if '*/' not in code:
                continue
            code = code.split('*/', 1)[1]
            in_comment = False
        code = re.sub(r'/\*.*?\*/', '', code)
        if '/*' in code:
            code, in_comment = code.split('/*', 1)[0], True
        code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
        directive = re.match(r'\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)', code)
        if directive:
            kind, rest = directive.groups()
            if kind in ('ifdef', 'ifndef', 'if'):
                stack.append((f'{kind} {rest.strip()}', False))
            elif kind in ('else', 'elif') and stack:
                condition, _ = stack.pop()
                stack.append((condition if kind == 'else' else f'if {rest.strip()}', kind == 'else'))
            elif kind == 'endif' and stack:
                stack.pop()
            continue
        found = header_pattern.search(code) or call_pattern.search(code)
        if found and not unix_only(stack):
            problems.append(f'{path.relative_to(root)}:{number}: {found.group(1)} is POSIX-only: '
                            'use GLib\'s portable call, or put it under #ifdef G_OS_UNIX')

for problem in problems:
    print(problem)
print(f'{0 if problems else 1} passed, {1 if problems else 0} failed')
sys.exit(1 if problems else 0)
