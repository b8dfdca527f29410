// One wrapped line in visual order: bidi reordering per line, shaped glyph runs, PDF text operators.
import type { GlyphRun } from 'fontkit';
import type { DocFont } from '../fonts/font-set.js';
import type { Family, Weight } from '../fonts/files.js';
import { bidi, type Paragraph } from './paragraph.js';
import { drawableText, itemsOf, shapeWithText, type Item } from './shape.js';
import { num } from '../draw/format.js';

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
  return runs;
}

export function buildLine(p: Paragraph, fontOf: DocFontOf, size: number, start: number, end: number): TextLine {
  if (end <= start) return { width: 0, ops: '' };
  const order = visualOrder(p, start, end);
  const mirrored = bidi.getMirroredCharactersMap(p.text, p.levels.levels, start, end - 1);
  let ops = '';
  let width = 0;
  for (const run of visualRuns(p, order, start, end)) {
    const text = drawableText(p, run.start, run.end, mirrored);
    if (!text) continue;
    const font = fontOf(run.family, run.weight);
    const { run: glyphRun, clusters } = shapeWithText(font.shaper.font, text, run.rtl);
    // A mirrored bracket is drawn as its twin but still means the character that was written.
    const written = drawableText(p, run.start, run.end);
    const meant = foldMarks(glyphRun, text === written ? clusters : unmirror(clusters, text, written));
    ops += `/${font.key} ${num(size)} Tf\n` + showGlyphs(font, glyphRun, meant, size);
    width += (advance(glyphRun) * size) / font.shaper.font.unitsPerEm;
  }
  return { width, ops };
}

function advance(run: GlyphRun): number {
  return run.positions.reduce((sum, pos) => sum + pos.xAdvance, 0);
}

/** TJ arrays placing every glyph where fontkit put it (kerning, mark offsets); Ts for vertical offsets. */
function showGlyphs(font: DocFont, run: GlyphRun, clusters: number[][], size: number): string {
  const hex = font.shaper.withRun(run, clusters, () => font.pdfFont.encodeText('').toString()).slice(1, -1);
  const upem = font.shaper.font.unitsPerEm;
  const k = 1000 / upem;
  const origin: number[] = [];
  let pen = 0;
  run.positions.forEach((pos, i) => {
    origin[i] = pen + pos.xOffset;
    pen += pos.xAdvance;
  });
  let ops = '';
  let rise = 0;
  let tj = '';
  let at = 0; // where the PDF pen is, in font units
  const flush = () => {
    if (tj) ops += `[${tj}] TJ\n`;
    tj = '';
  };
  for (let i = 0; i < run.glyphs.length; i++) {
    const y = run.positions[i]!.yOffset;
    if (y !== rise) {
      flush();
      rise = y;
      ops += `${num((rise * size) / upem)} Ts\n`;
    }
    if (Math.abs(origin[i]! - at) > 0.001) tj += `${num((at - origin[i]!) * k)} `;
    const glyph = hex.slice(i * 4, i * 4 + 4); // glyphs with no adjustment between them share one string
    tj = tj.endsWith('>') ? `${tj.slice(0, -1)}${glyph}>` : `${tj}<${glyph}>`;
    at = origin[i]! + run.glyphs[i]!.advanceWidth;
  }
  if (Math.abs(pen - at) > 0.001) tj += ` ${num((at - pen) * k)}`;
  flush();
  if (rise !== 0) ops += '0 Ts\n';
  return ops;
}

/** Maps mirrored characters in the glyph texts back to the characters as written. */
function unmirror(clusters: number[][], drawn: string, written: string): number[][] {
  const back = new Map<number, number>();
  const d = [...drawn];
  [...written].forEach((ch, i) => {
    if (d[i] !== ch) back.set(d[i]!.codePointAt(0)!, ch.codePointAt(0)!);
  });
  return clusters.map((cps) => cps.map((cp) => back.get(cp) ?? cp));
}

/** In RTL runs a mark's text moves onto its base glyph: pdftotext starts a new word at any glyph whose
 * baseline is shifted (raised marks), which tore vocalised words apart. The mark glyph keeps no text. */
function foldMarks(run: GlyphRun, clusters: number[][]): number[][] {
  if (run.direction !== 'rtl') return clusters;
  const out = clusters.map((c) => [...c]);
  let pending: number[] = [];
  run.positions.forEach((pos, i) => {
    if (pos.xAdvance === 0) {
      pending = [...out[i]!, ...pending]; // visual order is reversed: earlier marks come later in the text
      out[i] = [];
    } else if (pending.length) {
      out[i]!.push(...pending);
      pending = [];
    }
  });
  return out;
}
