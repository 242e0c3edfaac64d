#!/usr/bin/env python3
"""Turns the Mallard manual into HTML, for Windows, where there is no yelp.

usage: build-help-html.py HELP_DIR OUTPUT_DIR [STAMP]

Writes OUTPUT_DIR/C/PAGE.html for every help/C/PAGE.page, and
OUTPUT_DIR/LANG/PAGE.html for every language in help/LINGUAS, translated from
help/LANG/LANG.po with itstool, as gnome.yelp does for yelp. Fails if a page
has no HTML afterwards, so a broken manual stops the build rather than
leaving F1 pointing at nothing.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

help_dir, output_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
stamp = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else None

sources = sorted((help_dir / 'C').glob('*.page'))
extras = sorted((help_dir / 'C').glob('*.xml'))
languages = []
linguas = help_dir / 'LINGUAS'
if linguas.exists():
    for line in linguas.read_text(encoding='utf-8').splitlines():
        if line.strip() and not line.lstrip().startswith('#'):
            languages += line.split()


def build_html(page_dir, target):
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    # yelp-build wants the output folder to end with a separator.
    subprocess.run(['yelp-build', 'html', '-o', str(target) + '/', str(page_dir)], check=True)
    missing = [page.stem for page in sources if not (target / (page.stem + '.html')).exists()]
    if missing:
        sys.exit(f'{target}: no HTML for {", ".join(missing)}')


with tempfile.TemporaryDirectory() as work:
    work = pathlib.Path(work)
    english = work / 'C'
    english.mkdir()
    for source in sources + extras:
        shutil.copy(source, english)
    build_html(english, output_dir / 'C')

    for language in languages:
        translated = work / language
        translated.mkdir()
        catalogue = work / (language + '.mo')
        subprocess.run(['msgfmt', '-o', str(catalogue), str(help_dir / language / (language + '.po'))],
                       check=True)
        subprocess.run(['itstool', '-m', str(catalogue), '--lang', language, '-o', str(translated) + '/']
                       + [str(source) for source in sources + extras], check=True)
        build_html(translated, output_dir / language)

if stamp is not None:
    stamp.write_text('\n'.join(['C'] + languages) + '\n')
