// Adapter that lets pdf-lib embed fonts through upstream fontkit 2.x.
// pdf-lib expects the @pdf-lib/fontkit API (subset.encodeStream(), layout(text, features)); fontkit 2
// subsets correctly but returns the subset with encode(). The adapter also lets us hand pdf-lib glyph runs
// we shaped ourselves (visual order, explicit direction), so the glyph ids it writes are exactly ours.
import { create as fontkitCreate } from 'fontkit';
import type { Font, Glyph, GlyphRun } from 'fontkit';

/** Parsed fonts are expensive (CJK: 10 MB): parse once per process, keyed by the bytes object. */
const parsed = new WeakMap<Uint8Array, Font>();

export function parseFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkitCreate(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
    parsed.set(bytes, font);
  }
  return font;
}

/** A glyph as pdf-lib sees it: one per (glyph, text) pair, so the ToUnicode map can give each use of a
 * shared glyph its own text (Noto Sans Arabic draws fa and qaf with one dotless base glyph). */
interface TextGlyph { id: number; realId: number; codePoints: number[]; advanceWidth: number }

/** What pdf-lib sees as "the font": the parsed font plus a hook to encode a run we shaped. */
export class ShapingFont {
  private pending: { glyphs: TextGlyph[]; positions: GlyphRun['positions'] } | undefined;
  private readonly keys = new Map<string, TextGlyph>();
  constructor(readonly font: Font) {}

  /** Runs `encode` while pdf-lib's layout() returns `run` (with per-glyph text) instead of shaping again. */
  withRun<T>(run: GlyphRun, clusters: number[][], encode: () => T): T {
    const glyphs = run.glyphs.map((g, i) => this.textGlyph(g, clusters[i] ?? g.codePoints));
    this.pending = { glyphs, positions: run.positions };
    try {
      return encode();
    } finally {
      this.pending = undefined;
    }
  }

  private textGlyph(glyph: Glyph, codePoints: number[]): TextGlyph {
    const key = `${glyph.id}:${codePoints.join(',')}`;
    let tg = this.keys.get(key);
    if (!tg) {
      tg = { id: 0x10000 + this.keys.size, realId: glyph.id, codePoints, advanceWidth: glyph.advanceWidth };
      this.keys.set(key, tg);
    }
    return tg;
  }

  layout(text: string, features?: string[]): unknown {
    return this.pending ?? this.font.layout(text, features);
  }

  createSubset() {
    const subset = this.font.createSubset() as unknown as { glyphs: number[]; includeGlyph(g: number): number; encode(): Uint8Array };
    const ids = new Map<number, number>();
    return {
      // Each TextGlyph gets its own slot, even when the underlying glyph is already in the subset.
      includeGlyph: (glyph: TextGlyph | Glyph | number) => {
        if (typeof glyph === 'number' || !('realId' in glyph)) return subset.includeGlyph(typeof glyph === 'number' ? glyph : glyph.id);
        let sid = ids.get(glyph.id);
        if (sid === undefined) {
          subset.glyphs.push(glyph.realId);
          sid = subset.glyphs.length - 1;
          ids.set(glyph.id, sid);
        }
        return sid;
      },
      encodeStream: () => onceStream(() => subset.encode()),
    };
  }
}

/** Minimal event emitter: pdf-lib attaches 'data'/'end'/'error' handlers and never calls end(). */
function onceStream(produce: () => Uint8Array) {
  const handlers: Record<string, ((arg?: unknown) => void)[]> = {};
  const stream = {
    on(event: string, handler: (arg?: unknown) => void) {
      (handlers[event] ??= []).push(handler);
      return stream;
    },
  };
  queueMicrotask(() => {
    try {
      const bytes = produce();
      handlers.data?.forEach((h) => h(bytes));
      handlers.end?.forEach((h) => h());
    } catch (err) {
      handlers.error?.forEach((h) => h(err));
    }
  });
  return stream;
}

/** Forward everything else (metrics, tables) to the real fontkit font. */
function asPdfLibFont(shaping: ShapingFont): unknown {
  return new Proxy(shaping.font, {
    get(target, prop) {
      if (prop === 'layout') return shaping.layout.bind(shaping);
      if (prop === 'createSubset') return shaping.createSubset.bind(shaping);
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * One adapter per PDF document: register it with doc.registerFontkit(); after doc.embedFont(bytes)
 * get the matching ShapingFont with shaperFor(bytes).
 */
export function createFontkitAdapter() {
  const shapers = new Map<Uint8Array, ShapingFont>();
  return {
    create(bytes: Uint8Array) {
      const shaping = new ShapingFont(parseFont(bytes));
      shapers.set(bytes, shaping);
      return asPdfLibFont(shaping);
    },
    shaperFor(bytes: Uint8Array): ShapingFont {
      const shaping = shapers.get(bytes);
      if (!shaping) throw new Error('Font was not embedded through this adapter');
      return shaping;
    },
  };
}
