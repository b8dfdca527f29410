// One wrapped line in visual order: bidi reordering per line, shaped glyph runs, PDF text operators.
import type { Glyph, GlyphRun } from 'fontkit';
import type { DocFont } from '../fonts/font-set.js';
import type { Family, Weight } from '../fonts/files.js';
import { bidi, type Paragraph } from './paragraph.js';
import { drawableText, itemsOf, shape, type Item } from './shape.js';
import { num, utf16Hex } from '../draw/format.js';

export interface TextLine {
  width: number; // points
  ops: string; // text-showing operators; the caller wraps them in BT .. Tm .. ET
}

export type DocFontOf = (family: Family, weight: Weight) => DocFont;

/** Logical indices of the line in visual (left to right) order. */
function visualOrder(p: Paragraph, start: number, end: number): number[] {
  const order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  for (const [s, e] of bidi.getReorderSegments(p.text, p.levels, start, end - 1)) {
    const part = order.slice(s - start, e - start + 1).reverse();
    order.splice(s - start, part.length, ...part);
  }
  return order;
}

/** Visual runs: consecutive characters of one item that are also contiguous in logical order. */
function visualRuns(p: Paragraph, order: number[], start: number, end: number): Item[] {
  const items = itemsOf(p, start, end);
  const runs: (Item & { item: Item })[] = [];
  for (const i of order) {
    const item = items.find((it) => i >= it.start && i < it.end)!;
    const last = runs[runs.length - 1];
    if (last && last.item === item && i === last.end && !item.rtl) last.end = i + 1;
    else if (last && last.item === item && i === last.start - 1 && item.rtl) last.start = i;
    else runs.push({ ...item, start: i, end: i + 1, item });
  }
  return runs.flatMap((run) => (run.rtl ? rtlWords(p, run) : [run]));
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u200C\u200D]/u;

/** Splits an RTL run into words (letters and marks) and the rest, right to left, so each word can
 * carry its own /ActualText: pdftotext then gives the word back exactly as written. */
function rtlWords(p: Paragraph, run: Item): (Item & { word?: boolean })[] {
  const parts: (Item & { word?: boolean })[] = [];
  for (let i = run.start; i < run.end; i++) {
    const word = RTL_LETTER.test(p.text[i]!) && p.text[i] !== '\u0640';
    const last = parts[parts.length - 1];
    if (last && !!last.word === word) last.end = i + 1;
    else parts.push({ ...run, start: i, end: i + 1, word });
  }
  return parts.reverse();
}

export function buildLine(p: Paragraph, fontOf: DocFontOf, size: number, start: number, end: number): TextLine {
  if (end <= start) return { width: 0, ops: '' };
  const order = visualOrder(p, start, end);
  const mirrored = bidi.getMirroredCharactersMap(p.text, p.levels.levels, start, end - 1);
  let ops = '';
  let width = 0;
  let current = '';
  for (const run of visualRuns(p, order, start, end) as (Item & { word?: boolean })[]) {
    const text = drawableText(p, run.start, run.end, mirrored);
    if (!text) continue;
    const font = fontOf(run.family, run.weight);
    const glyphRun = shape(font.shaper.font, text, run.rtl);
    const tf = `/${font.key} ${num(size)} Tf\n`;
    if (tf !== current) ops += (current = tf);
    const shown = showGlyphs(font, glyphRun, size);
    ops += run.word && process.env.AT !== "0" ? `/Span <</ActualText <${utf16Hex(process.env.AT === "rev" ? [...text].reverse().join("") : text)}>>> BDC\n${shown}EMC\n` : shown;
    width += (advance(glyphRun) * size) / font.shaper.font.unitsPerEm;
  }
  return { width, ops };
}

function advance(run: GlyphRun): number {
  return run.positions.reduce((sum, pos) => sum + pos.xAdvance, 0);
}

/** TJ arrays placing every glyph where fontkit put it (kerning, mark offsets); Ts for vertical offsets. */
function showGlyphs(font: DocFont, run: GlyphRun, size: number): string {
  const hex = font.shaper.withRun(run, () => font.pdfFont.encodeText('').toString()).slice(1, -1);
  const upem = font.shaper.font.unitsPerEm;
  const k = 1000 / upem;
  const origins: number[] = [];
  let pen = 0;
  run.positions.forEach((pos, i) => {
    origins[i] = pen + pos.xOffset;
    pen += pos.xAdvance;
  });
  origins.push(pen);
  let ops = '';
  let rise = 0;
  let tj = '';
  const flush = () => {
    if (tj) ops += `[${tj}] TJ\n`;
    tj = '';
  };
  run.glyphs.forEach((glyph: Glyph, i) => {
    const y = run.positions[i]!.yOffset;
    if (y !== rise) {
      flush();
      rise = y;
      ops += `${num((rise * size) / upem)} Ts\n`;
    }
    if (i === 0 && origins[0] !== 0) tj += `${num(-origins[0]! * k)} `;
    tj += `<${hex.slice(i * 4, i * 4 + 4)}>`;
    const adjust = (origins[i]! + glyph.advanceWidth - origins[i + 1]!) * k;
    if (Math.abs(adjust) > 0.001) tj += `${num(adjust)}`;
  });
  flush();
  if (rise !== 0) ops += '0 Ts\n';
  return ops;
}
