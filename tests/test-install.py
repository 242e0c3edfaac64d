#!/usr/bin/env python3
"""Installs Hearth into a staging folder and runs it from there.

usage: test-install.py BUILD_DIR [GUI_RUNNER]

`meson install --destdir` puts everything in a temporary folder: the
program, the desktop entry, the metainfo, the icons, the settings schema,
the manual and the translations. The test checks each is where desktops,
app stores and yelp look for it, then runs the installed program: --version,
--check-content, --help in Bengali from the installed translations, and
(with GUI_RUNNER, which gives it a display) its window, with the installed
schema. It prints the list of installed files.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

build_dir = pathlib.Path(sys.argv[1])
gui_runner = sys.argv[2] if len(sys.argv) > 2 else None
source_dir = pathlib.Path(__file__).resolve().parent.parent
problems = []


def expect(condition, problem):
    if not condition:
        problems.append(problem)
    return condition


def option(options, name):
    return next(o['value'] for o in options if o['name'] == name)


def po_translation(language, msgid):
    """The translation of msgid in po/LANGUAGE.po, or None."""
    text = (source_dir / 'po' / f'{language}.po').read_text(encoding='utf-8')
    quoted = json.dumps(msgid, ensure_ascii=False)
    # The msgstr may go on over several quoted lines.
    match = re.search(r'^msgid ' + re.escape(quoted) + r'\nmsgstr ((?:".*"\n)+)', text, re.MULTILINE)
    if match is None:
        return None
    translation = ''.join(json.loads(line) for line in match.group(1).splitlines())
    return translation or None


options = json.loads(subprocess.run(['meson', 'introspect', '--buildoptions', str(build_dir)],
                                    check=True, capture_output=True, text=True).stdout)
prefix = option(options, 'prefix')
datadir = option(options, 'datadir')
bindir = option(options, 'bindir')
localedir = option(options, 'localedir')
app_id = 'org.hearthapp.Hearth' + ('.Devel' if option(options, 'profile') == 'development' else '')
languages = [line.strip() for line in (source_dir / 'po' / 'LINGUAS').read_text().splitlines()
             if line.strip() and not line.startswith('#')]
help_pages = sorted(page.name for page in (source_dir / 'help' / 'C').glob('*.page'))

stage = pathlib.Path(tempfile.mkdtemp(prefix='hearth-install-'))
try:
    environment = dict(os.environ)
    environment.pop('DESTDIR', None)
    subprocess.run(['meson', 'install', '-C', str(build_dir), '--no-rebuild', '--quiet',
                    '--destdir', str(stage)], check=True, env=environment)

    root = stage / prefix.lstrip('/')
    share = root / datadir
    binary = root / bindir / 'hearth'
    expected = [
        binary,
        share / 'applications' / f'{app_id}.desktop',
        share / 'metainfo' / f'{app_id}.metainfo.xml',
        share / 'icons' / 'hicolor' / 'scalable' / 'apps' / f'{app_id}.svg',
        share / 'icons' / 'hicolor' / 'symbolic' / 'apps' / f'{app_id}-symbolic.svg',
        share / 'glib-2.0' / 'schemas' / 'org.hearthapp.Hearth.gschema.xml',
        share / 'help' / 'C' / 'hearth' / 'legal.xml',
    ]
    expected += [share / 'help' / 'C' / 'hearth' / page for page in help_pages]
    expected += [root / localedir / language / 'LC_MESSAGES' / 'hearth.mo' for language in languages]
    for path in expected:
        expect(path.is_file(), f'{path.relative_to(stage)} was not installed')

    print('Installed:')
    for path in sorted(p for p in stage.rglob('*') if p.is_file()):
        print('  /' + str(path.relative_to(stage)))

    # What a desktop and an app store check.
    desktop = share / 'applications' / f'{app_id}.desktop'
    metainfo = share / 'metainfo' / f'{app_id}.metainfo.xml'
    if shutil.which('desktop-file-validate') and desktop.exists():
        result = subprocess.run(['desktop-file-validate', str(desktop)], capture_output=True, text=True)
        expect(result.returncode == 0, f'the installed desktop file is not valid: {result.stdout}')
    if shutil.which('appstreamcli') and metainfo.exists():
        result = subprocess.run(['appstreamcli', 'validate', '--no-net', str(metainfo)],
                                capture_output=True, text=True)
        expect(result.returncode == 0, f'the installed metainfo is not valid: {result.stdout}')
    if desktop.exists() and metainfo.exists():
        desktop_text = desktop.read_text(encoding='utf-8')
        metainfo_text = metainfo.read_text(encoding='utf-8')
        expect(f'Icon={app_id}\n' in desktop_text, 'the desktop file names another icon')
        expect(f'<id>{app_id}</id>' in metainfo_text, 'the metainfo names another id')
        # Translations flow from po/ into both, for every string translated there.
        for language in languages:
            generic_name = po_translation(language, 'Online Safety for Families')
            if generic_name:
                expect(f'GenericName[{language}]={generic_name}\n' in desktop_text,
                       f'the desktop file has no {language} GenericName, though po/{language}.po has one')
            summary = po_translation(language, 'Keep your children safe online')
            if summary:
                expect(f'<summary xml:lang="{language}">{summary}</summary>' in metainfo_text,
                       f'the metainfo has no {language} summary, though po/{language}.po has one')

    # The installed program, run from the staging folder. meson skips
    # compiling the schemas when installing into a staging folder, as a
    # package does; the system does it once installed.
    schemas = share / 'glib-2.0' / 'schemas'
    subprocess.run(['glib-compile-schemas', '--strict', str(schemas)], check=True)
    run_environment = dict(os.environ, GSETTINGS_SCHEMA_DIR=str(schemas))
    run_environment.pop('HEARTH_LOCALEDIR', None)

    result = subprocess.run([str(binary), '--version'], capture_output=True, text=True, env=run_environment)
    expect(result.returncode == 0 and result.stdout.startswith('hearth '),
           f'--version printed "{result.stdout.strip()}" (status {result.returncode})')

    result = subprocess.run([str(binary), '--check-content'], capture_output=True, text=True, env=run_environment)
    expect(result.returncode == 0, f'--check-content failed (status {result.returncode}): {result.stdout}{result.stderr}')
    for language in ['en'] + languages:
        expect(re.search(rf'^{language} modules=\d+ ', result.stdout, re.MULTILINE),
               f'--check-content has no line for {language}')

    # The installed catalogues, found where the program was told they would be.
    if 'bn' in languages:
        bengali = dict(run_environment, HEARTH_LOCALEDIR=str(root / localedir), LANGUAGE='bn')
        result = subprocess.run([str(binary), '--help'], capture_output=True, text=True, env=bengali)
        expect(re.search('[\u0980-\u09ff]', result.stdout),
               'hearth --help is not in Bengali with the installed translations')

    if gui_runner:
        with tempfile.TemporaryDirectory() as data_dir:
            window = dict(run_environment, HEARTH_EXIT_AFTER_FIRST_FRAME='1')
            result = subprocess.run([gui_runner, str(binary), '--data-dir', data_dir],
                                    capture_output=True, text=True, env=window, timeout=120)
            expect(result.returncode == 0 and 'first-frame' in result.stdout,
                   f'the installed Hearth did not show its window: {result.stdout}{result.stderr}')
finally:
    shutil.rmtree(stage)

for problem in problems:
    print(problem)
print(f'{0 if problems else 1} passed, {1 if problems else 0} failed')
sys.exit(1 if problems else 0)
