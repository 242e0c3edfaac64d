#!/usr/bin/env python3
"""The Flatpak manifest as flatpak-builder reads it: a current GNOME runtime,
no network, the modules the runtime lacks from pinned sources, and the tests
run in the build.

usage: check-flatpak-manifest.py MANIFEST

Runs `flatpak-builder --show-manifest`, which parses the manifest without
downloading anything, and checks what it read.
"""
import json
import os
import subprocess
import sys
import tempfile

manifest_path = sys.argv[1]
# flatpak-builder makes a state folder where it runs, even only to read:
# run it in a temporary one.
with tempfile.TemporaryDirectory() as work_dir:
    result = subprocess.run(['flatpak-builder', '--show-manifest', os.path.abspath(manifest_path)],
                            capture_output=True, text=True, cwd=work_dir)
if result.returncode != 0:
    sys.exit(f'flatpak-builder cannot read {manifest_path}:\n{result.stderr}')
manifest = json.loads(result.stdout)
problems = []


def expect(condition, problem):
    if not condition:
        problems.append(problem)


expect(manifest.get('id') == 'org.hearthapp.Hearth', 'the id is not org.hearthapp.Hearth')
expect(manifest.get('runtime') == 'org.gnome.Platform', 'the runtime is not org.gnome.Platform')
expect(manifest.get('sdk') == 'org.gnome.Sdk', 'the SDK is not org.gnome.Sdk')
version = manifest.get('runtime-version', '')
expect(version.isdigit() and int(version) >= 47, f'runtime-version "{version}" is not GNOME 47 or newer')
expect(manifest.get('command') == 'hearth', 'the command is not hearth')
# Exactly these: Hearth never goes on the network, and needs nothing else.
expected_finish_args = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']
expect(manifest.get('finish-args') == expected_finish_args,
       f'finish-args are {manifest.get("finish-args")}, not {expected_finish_args}')

modules = {module['name']: module for module in manifest.get('modules', []) if isinstance(module, dict)}
for name in ['libsodium', 'espeak-ng', 'check', 'hearth']:
    expect(name in modules, f'no module {name}')
names = [module.get('name') for module in manifest.get('modules', []) if isinstance(module, dict)]
expect(names and names[-1] == 'hearth', 'hearth is not the last module, after what it needs')

for name, module in modules.items():
    for source in module.get('sources', []):
        kind = source.get('type')
        if kind == 'git':
            expect('tag' in source or 'commit' in source, f'{name}: a git source with no tag or commit')
        elif kind in ('archive', 'file'):
            expect(len(source.get('sha256', '')) == 64, f'{name}: an {kind} source with no sha256')
        elif kind == 'dir':
            expect(name == 'hearth', f'{name}: a local folder as its source')

hearth = modules.get('hearth', {})
expect(hearth.get('buildsystem') == 'meson', 'hearth is not built with meson')
expect(hearth.get('run-tests') is True, 'hearth has no run-tests: true')
expect(any('meson test' in command for command in hearth.get('test-commands', [])),
       'hearth runs no meson test')

for problem in problems:
    print(problem)
print(f'{0 if problems else 1} passed, {1 if problems else 0} failed')
sys.exit(1 if problems else 0)
