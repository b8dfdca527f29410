// Shaping helpers: split a paragraph range into uniform items and shape them with fontkit.
import type { Font, GlyphRun } from 'fontkit';
import type { Family, Weight } from '../fonts/files.js';
import { BIDI_CONTROL, isRtlLevel, type Paragraph } from './paragraph.js';

export interface Item { start: number; end: number; family: Family; weight: Weight; rtl: boolean }

/** Maximal ranges with one font face and one direction. */
export function itemsOf(p: Paragraph, start: number, end: number): Item[] {
  const out: Item[] = [];
  for (let i = start; i < end; i++) {
    const family = p.family[i]!;
    const weight: Weight = p.bold[i] ? 'bold' : 'regular';
    const rtl = isRtlLevel(p, i);
    const last = out[out.length - 1];
    if (last && last.family === family && last.weight === weight && last.rtl === rtl && last.end === i) last.end = i + 1;
    else out.push({ start: i, end: i + 1, family, weight, rtl });
  }
  return out;
}

/** The characters to shape: bidi controls removed, RTL brackets mirrored. */
export function drawableText(p: Paragraph, start: number, end: number, mirrored?: Map<number, string>): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const ch = p.text[i]!;
    if (BIDI_CONTROL.test(ch)) continue;
    s += mirrored?.get(i) ?? ch;
  }
  return s;
}

export function shape(font: Font, text: string, rtl: boolean): GlyphRun {
  return font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
}

// fontkit caches one Glyph object per glyph id, so glyph.codePoints tells what the glyph meant the first
// time it was used. The text of each glyph in *this* run lives on the engine's GlyphInfo objects:
// snapshot them when positioning starts (fontkit 2.0 internals; falls back to glyph.codePoints).
interface Engine { glyphInfos: { codePoints: number[] }[] | null; position(run: GlyphRun): unknown }
const patched = new WeakSet<Font>();
let snapshot: number[][] | undefined;

function capture(font: Font): void {
  if (patched.has(font)) return;
  patched.add(font);
  const engine = (font as unknown as { _layoutEngine?: { engine?: Engine } })._layoutEngine?.engine;
  if (!engine || typeof engine.position !== 'function') return;
  const position = engine.position.bind(engine);
  engine.position = (run: GlyphRun) => {
    snapshot = engine.glyphInfos?.map((g) => [...g.codePoints]);
    return position(run);
  };
}

export interface Shaped { run: GlyphRun; clusters: number[][] }

// Handouts repeat the same strings across papers, audiences and runs: keep shaped runs per font.
// Entries are never mutated by callers.
const shapedCache = new WeakMap<Font, Map<string, Shaped>>();

/** Shapes and returns, per glyph (visual order), the code points it stands for. */
export function shapeWithText(font: Font, text: string, rtl: boolean): Shaped {
  let cache = shapedCache.get(font);
  if (!cache) shapedCache.set(font, (cache = new Map()));
  const key = (rtl ? 'r' : 'l') + text;
  let shaped = cache.get(key);
  if (!shaped) {
    if (cache.size > 20_000) cache.clear();
    cache.set(key, (shaped = shapeUncached(font, text, rtl)));
  }
  return shaped;
}

function shapeUncached(font: Font, text: string, rtl: boolean): Shaped {
  capture(font);
  snapshot = undefined;
  const run = shape(font, text, rtl);
  let clusters = snapshot as number[][] | undefined;
  if (!clusters || clusters.length !== run.glyphs.length) clusters = run.glyphs.map((g) => g.codePoints);
  else if (run.direction === 'rtl') clusters.reverse();
  return { run, clusters };
}

// Word widths repeat a lot (across documents too): cache them per parsed font.
const widthCache = new WeakMap<Font, Map<string, number>>();

/** Advance width in em (multiply by the font size for points). */
export function emWidth(font: Font, text: string, rtl: boolean): number {
  let cache = widthCache.get(font);
  if (!cache) widthCache.set(font, (cache = new Map()));
  const key = (rtl ? 'r' : 'l') + text;
  let w = cache.get(key);
  if (w === undefined) {
    const run = shape(font, text, rtl);
    w = run.positions.reduce((sum, pos) => sum + pos.xAdvance, 0) / font.unitsPerEm;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, w);
  }
  return w;
}
