// Shaping helpers: split a paragraph range into uniform items and shape them with fontkit.
import type { Font, GlyphRun } from 'fontkit';
import type { Family, Weight } from '../fonts/files.js';
import { BIDI_CONTROL, isRtlLevel, type Paragraph } from './paragraph.js';
import { clearSnapshot, hookFont, takeSnapshot } from './fontkit-hooks.js';

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
  hookFont(font);
  return layoutSafely(font, text, rtl ? 'rtl' : 'ltr');
}

// Feature overrides to retry with when fontkit throws (a font table it cannot read): first without mark
// positioning (marks keep their default offset), then without any positioning. Never abort a build.
const RETRIES: (Record<string, boolean> | undefined)[] = [
  undefined,
  { mark: false, mkmk: false },
  { mark: false, mkmk: false, kern: false, curs: false, dist: false, abvm: false, blwm: false },
];

export function layoutSafely(font: Pick<Font, 'layout'>, text: string, dir: 'ltr' | 'rtl'): GlyphRun {
  let first: unknown;
  for (const features of RETRIES) {
    try {
      // fontkit writes the features it applied into the object: give it a fresh one every time.
      return font.layout(text, features && { ...features } as never, undefined, undefined, dir);
    } catch (err) {
      first ??= err;
    }
  }
  throw new Error(`Could not shape the text "${text}": ${(first as Error)?.message ?? first}`, { cause: first });
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
  clearSnapshot();
  const run = shape(font, text, rtl);
  let clusters = takeSnapshot();
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
