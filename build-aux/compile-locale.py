#!/usr/bin/env python3
"""Compiles po/*.po into LOCALE_DIR/<lang>/LC_MESSAGES/hearth.mo.

meson names the catalogues it builds hearth-<lang>.mo until they are
installed; running Hearth from the build tree (meson devenv, the tests) needs
the layout gettext looks for, so this builds one beside them.
"""
import pathlib
import subprocess
import sys

po_dir, locale_dir, stamp = (pathlib.Path(arg) for arg in sys.argv[1:4])
languages = [line.strip() for line in (po_dir / 'LINGUAS').read_text().splitlines()
             if line.strip() and not line.startswith('#')]
for language in languages:
    target = locale_dir / language / 'LC_MESSAGES'
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(['msgfmt', '--check', '-o', str(target / 'hearth.mo'),
                    str(po_dir / f'{language}.po')], check=True)
stamp.write_text('\n'.join(languages) + '\n')
