#!/usr/bin/python3
"""Prints the SVG path of TEXT set in FONT, shaped by HarfBuzz and fitted (centred, aspect kept) into a box.

Usage: glyph-path.py FONT.ttf TEXT X0 Y0 X1 Y1
Needs Debian's libharfbuzz-bin (hb-shape) and python3-fonttools. Only needed to redraw the word in icon.svg;
the PNGs are made from the committed SVGs by scripts/icons.mjs.
"""
import json
import subprocess
import sys

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

font_path, text = sys.argv[1], sys.argv[2]
bx0, by0, bx1, by1 = map(float, sys.argv[3:7])
# hb-shape applies the Arabic joining forms and lists the glyphs in visual order, left to right.
run = json.loads(subprocess.check_output(['hb-shape', '--output-format=json', font_path, text]))
glyphs = TTFont(font_path).getGlyphSet()


def draw(pen, scale=1.0, ox=0.0, oy=0.0):
    x = 0
    for g in run:  # font units are y-up; SVG is y-down
        t = (scale, 0, 0, -scale, ox + (x + g['dx']) * scale, oy - g['dy'] * scale)
        glyphs[g['g']].draw(TransformPen(pen, t))
        x += g['ax']


bounds = BoundsPen(glyphs)
draw(bounds)
x0, y0, x1, y1 = bounds.bounds
s = min((bx1 - bx0) / (x1 - x0), (by1 - by0) / (y1 - y0))
ox = (bx0 + bx1) / 2 - (x0 + x1) / 2 * s
oy = (by0 + by1) / 2 - (y0 + y1) / 2 * s
pen = SVGPathPen(glyphs, ntos=lambda v: ('%.2f' % v).rstrip('0').rstrip('.'))
draw(pen, s, ox, oy)
print(pen.getCommands())
