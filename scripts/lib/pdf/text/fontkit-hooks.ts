// Per-font hooks into fontkit 2.0.4 internals, installed once per parsed font. fontkit is pinned exactly in
// package.json for them; each hook checks that the internal it wraps exists and throws if it does not, because a
// silently skipped hook would misplace Arabic marks or give back the wrong text with no error.
import type { Font, Glyph } from 'fontkit';

interface GlyphInfo { id: number; codePoints: number[]; isMark?: boolean; markAttachment?: number | null }
interface Anchor { xCoordinate: number; yCoordinate: number }
interface GposProcessor {
  glyphs: GlyphInfo[];
  glyphIterator: { cur: GlyphInfo };
  applyAnchor(markRecord: { markAnchor: Anchor | null }, baseAnchor: Anchor | null, baseIndex: number): void;
}
interface Engine {
  glyphInfos: GlyphInfo[] | null;
  position(run: unknown): unknown;
  GPOSProcessor?: GposProcessor | null;
}

const hooked = new WeakSet<Font>();
let snapshot: number[][] | undefined;

/** Installs the hooks (once per font). */
export function hookFont(font: Font): void {
  if (hooked.has(font)) return;
  exactCodePoints(font);
  const engine = (font as unknown as { _layoutEngine?: { engine?: Engine } })._layoutEngine?.engine;
  need(engine, 'font._layoutEngine.engine');
  captureText(engine);
  // fonts without positioning (no GPOS table) have no processor to hook
  if ((font as unknown as { GPOS?: unknown }).GPOS) tolerateMissingAnchors(font, engine.GPOSProcessor);
  hooked.add(font);
}

/** A fontkit internal the hooks rely on. */
function need<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === undefined || value === null) {
    throw new Error(`fontkit internals changed: ${what} is missing. The PDF engine hooks fontkit 2.0.4 (pinned in package.json); ` +
      'update scripts/lib/pdf/text/fontkit-hooks.ts for the new version before upgrading, then run the Arabic PDF tests.');
  }
}

/** Resets the per-glyph text captured by the next layout; read it with takeSnapshot(). */
export function clearSnapshot(): void {
  snapshot = undefined;
}

export function takeSnapshot(): number[][] | undefined {
  return snapshot;
}

// fontkit caches one Glyph object per glyph id and keeps the code points of its first use. Noto Sans
// Arabic draws sad and dad (and ain/ghain, ...) with one base glyph: after "أرض" every later sad came
// out as dad. Give the glyphs of each string the code points of *this* string.
function exactCodePoints(font: Font): void {
  const f = font as unknown as { glyphsForString(s: string): Glyph[] };
  need(typeof f.glyphsForString === 'function' ? f.glyphsForString : undefined, 'font.glyphsForString');
  const original = f.glyphsForString.bind(font);
  f.glyphsForString = (text: string) => {
    const glyphs = original(text);
    const groups = codePointGroups(text);
    if (groups.length !== glyphs.length) return glyphs;
    return glyphs.map((g, i) => (same(g.codePoints, groups[i]!) ? g : withCodePoints(g, groups[i]!)));
  };
}

/** Code points as fontkit groups them into glyphs: a variation selector joins the one before it. */
function codePointGroups(text: string): number[][] {
  const groups: number[][] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const selector = (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    if (selector && groups.length) groups[groups.length - 1]!.push(cp);
    else groups.push([cp]);
  }
  return groups;
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The cached glyph with other code points (everything else, metrics and outlines, is shared). */
function withCodePoints(glyph: Glyph, codePoints: number[]): Glyph {
  return Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph;
}

// The text of each glyph in this run lives on the engine's GlyphInfo objects: snapshot them when
// positioning starts.
function captureText(engine: Engine): void {
  need(typeof engine.position === 'function' ? engine.position : undefined, 'layoutEngine.engine.position');
  need('glyphInfos' in engine ? true : undefined, 'layoutEngine.engine.glyphInfos');
  const position = engine.position.bind(engine);
  engine.position = (run: unknown) => {
    snapshot = engine.glyphInfos?.map((g) => [...g.codePoints]);
    return position(run);
  };
}

// A null anchor means "this base has no attachment point for this mark class" (Noto Sans Arabic: feh
// final/isolated with kasra). fontkit dereferences it and throws; put the mark centred under (or over)
// its base instead, as a renderer without that anchor would.
function tolerateMissingAnchors(font: Font, gpos: GposProcessor | null | undefined): void {
  need(gpos, 'layoutEngine.engine.GPOSProcessor');
  need(typeof gpos.applyAnchor === 'function' ? gpos.applyAnchor : undefined, 'GPOSProcessor.applyAnchor');
  const apply = gpos.applyAnchor.bind(gpos);
  gpos.applyAnchor = (markRecord, baseAnchor, baseIndex) => {
    if (baseAnchor && markRecord.markAnchor) return apply(markRecord, baseAnchor, baseIndex);
    const mark = font.getGlyph(gpos.glyphIterator.cur.id).bbox;
    const base = font.getGlyph(gpos.glyphs[baseIndex]!.id).bbox;
    const anchors = fallbackAnchors(mark, base, font.unitsPerEm * 0.05);
    return apply({ ...markRecord, markAnchor: anchors.mark }, anchors.base, baseIndex);
  };
}

interface Box { minX: number; minY: number; maxX: number; maxY: number }

/** Anchors that centre the mark on its base, a small gap below or above it. */
export function fallbackAnchors(mark: Box, base: Box, gap: number): { mark: Anchor; base: Anchor } {
  const mx = (mark.minX + mark.maxX) / 2;
  const bx = (base.minX + base.maxX) / 2;
  const below = mark.minY + mark.maxY < 0;
  return below
    ? { mark: { xCoordinate: mx, yCoordinate: mark.maxY }, base: { xCoordinate: bx, yCoordinate: Math.min(base.minY, 0) - gap } }
    : { mark: { xCoordinate: mx, yCoordinate: mark.minY }, base: { xCoordinate: bx, yCoordinate: Math.max(base.maxY, 0) + gap } };
}
