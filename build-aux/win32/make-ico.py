#!/usr/bin/env python3
"""Makes a Windows icon (.ico) from Hearth's SVG icon.

usage: make-ico.py ICON.svg OUTPUT.ico

Renders the icon at the sizes Windows asks for (16 to 256 pixels) with
rsvg-convert and stores each as PNG inside the .ico, which Windows has read
since Vista.
"""
import struct
import subprocess
import sys

SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]

svg, output = sys.argv[1], sys.argv[2]
images = [subprocess.run(['rsvg-convert', '-w', str(size), '-h', str(size), svg],
                         check=True, capture_output=True).stdout for size in SIZES]

# ICONDIR, then one ICONDIRENTRY per image, then the images.
data = struct.pack('<HHH', 0, 1, len(images))
offset = 6 + 16 * len(images)
for size, image in zip(SIZES, images):
    side = 0 if size >= 256 else size  # 0 means 256
    data += struct.pack('<BBBBHHII', side, side, 0, 0, 1, 32, len(image), offset)
    offset += len(image)
with open(output, 'wb') as ico:
    ico.write(data + b''.join(images))
