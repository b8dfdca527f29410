// Text helpers shared by the block layouts: wrap runs into shaped lines, place them on a page.
import type { FontSet } from '../fonts/font-set.js';
import type { PageContent } from '../draw/page.js';
import { buildLine, type TextLine } from '../text/line.js';
import { prepareParagraph } from '../text/paragraph.js';
import { wrap, type LineWidth } from '../text/wrap.js';
import type { Run } from '../types.js';
import { baselineOffset } from './theme.js';
import type { Paint } from '../draw/color.js';

export interface TextStyle { size: number; leading: number; bold?: boolean; rtl: boolean }

export interface Lines { lines: TextLine[]; lineHeight: number; size: number }

export function layoutRuns(fonts: FontSet, runs: Run[], style: TextStyle, width: LineWidth): Lines {
  const p = prepareParagraph(runs, fonts.chain, style.rtl ? 'rtl' : 'ltr', style.bold);
  const docFont = (f: Parameters<FontSet['get']>[0], w: Parameters<FontSet['get']>[1]) => fonts.get(f, w);
  const kitFont = (f: Parameters<FontSet['get']>[0], w: Parameters<FontSet['get']>[1]) => fonts.get(f, w).shaper.font;
  const ranges = p.text.trim() ? wrap(p, kitFont, style.size, width) : [];
  return {
    lines: ranges.map((r) => buildLine(p, docFont, style.size, r.start, r.end)),
    lineHeight: style.size * style.leading,
    size: style.size,
  };
}

/** Draws line `i` in a box starting at x with the given width; RTL lines align right. */
export function drawLine(page: PageContent, lines: Lines, i: number, x: number, top: number, width: number,
  rtl: boolean, gray: Paint = 0): void {
  const line = lines.lines[i]!;
  const lx = rtl ? x + width - line.width : x;
  page.text(line, lx, top - baselineOffset(lines.size, lines.lineHeight), gray);
}

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
