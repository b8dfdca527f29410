// Arabic edge cases from the translation: shared base glyphs (text layer), GPOS anchors fontkit cannot
// read, RTL tables, Latin phrases in isolates. The letters test runs first: the bug it guards against
// depended on which words a fresh font had shaped before.
import { describe, expect, it } from 'vitest';
import { renderDocument, type Block, type DocSpec } from '../../scripts/lib/pdf/index.js';
import { fontBytes } from '../../scripts/lib/pdf/fonts/files.js';
import { parseFont } from '../../scripts/lib/pdf/fonts/fontkit-adapter.js';
import { layoutSafely, shape } from '../../scripts/lib/pdf/text/shape.js';
import { bboxWords, hasTool, iso, meta, missing, pdftotext, squash } from './helpers.js';

const poppler = hasTool('pdftotext');
const bare = (s: string) => s.replace(/\p{M}/gu, '');
const count = (words: string[], w: string) => words.filter((x) => bare(x) === bare(w)).length;

function arabicDoc(blocks: Block[]): DocSpec {
  return { ...meta({ title: 'اختبار', lang: 'ar', dir: 'rtl', script: 'arabic', paper: 'a4' }), blocks };
}

const para = (text: string, bold = false): Block => ({ kind: 'paragraph', runs: [{ text, bold }] });

describe.skipIf(!poppler)('Arabic text layer and layout ' + (poppler ? '' : missing('pdftotext', 'poppler-utils')), () => {
  it('gives back letters that share a base glyph (sad/dad, ain/ghain, ...) as written', async () => {
    // "أرض" first: its isolated dad used to leave the shared glyph meaning dad for every later sad.
    const words = 'أرض اتصل شخص ضوء فقط قفص عين غير حب خبر جدة سفر شمس طفل ظل درس ذهب رأى زمن المساعدة'.split(' ');
    const pdf = await renderDocument(arabicDoc([para(words.join(' ')), para(words.join(' '), true)]));
    const found = squash(pdftotext(pdf)).split(/\s+/).map(bare);
    for (const w of words) expect(found.filter((t) => t === bare(w)), w).toHaveLength(2 * count(words, w));
  });

  it('renders feh with kasra or kasratan below (an anchor fontkit cannot read)', async () => {
    const text = 'كافٍ فٍ كافِ';
    const pdf = await renderDocument(arabicDoc([para(text), para(text, true)]));
    const found = squash(pdftotext(pdf)).split(/\s+/).map(bare);
    for (const w of text.split(' ')) expect(found.filter((t) => t === bare(w)), w).toHaveLength(2 * count(text.split(' '), w));
  });

  it('puts the first table column on the right in RTL documents', async () => {
    const table: Block = { kind: 'table', header: ['A', 'B', 'C'], rows: [['a1', 'b1', 'c1']], widths: [0.15, 0.7, 0.15] };
    const words = bboxWords(await renderDocument(arabicDoc([table])));
    const x = (t: string) => words.find((w) => w.text === t)!.xMin;
    expect(x('A')).toBeGreaterThan(x('B'));
    expect(x('B')).toBeGreaterThan(x('C'));
    expect(x('a1')).toBeGreaterThan(x('c1'));
    // Cells align right, like the rest of the RTL text: a1 ends near the right edge of the table.
    expect(words.find((w) => w.text === 'a1')!.xMax).toBeGreaterThan(x('A'));
  });
});

const LATIN = '(report online sexual exploitation of a child; verified 2025-01-01)';

describe.skipIf(!poppler)('Latin phrases in isolates inside Arabic ' + (poppler ? '' : missing('pdftotext', 'poppler-utils')), () => {
  it('draws the isolate left to right as one unit, the date as written', async () => {
    const pdf = await renderDocument(arabicDoc([para(`للإبلاغ عن الاستغلال: ${iso(LATIN)} متاح دائمًا.`)]));
    // pdftotext's own bidi pass may move the opening bracket next to the Arabic: compare it without brackets.
    expect(squash(pdftotext(pdf)).replace(/[()]/g, '')).toContain(LATIN.replace(/[()]/g, ''));
    const words = bboxWords(pdf);
    const xs = LATIN.split(' ').map((t) => words.find((w) => w.text === t)?.xMin ?? NaN);
    expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!), `${xs}`).toBe(true);
    expect(squash(pdftotext(pdf))).not.toContain('01-01-2025');
  });

  it('wraps a long isolate between its words, never inside one', async () => {
    const cell = `أبلغ ${iso(LATIN)}`;
    const table: Block = { kind: 'table', header: ['الجهة', 'الاستخدام'], rows: [['NCMEC', cell]], widths: [0.75, 0.25] };
    const found = squash(pdftotext(await renderDocument(arabicDoc([table])))).split(' ');
    for (const w of LATIN.split(' ')) expect(found, w).toContain(w);
  });
});

describe('shaping never aborts on a font table fontkit cannot read', () => {
  it('places kasra centred under feh, below its baseline', () => {
    for (const weight of ['regular', 'bold'] as const) {
      const run = shape(parseFont(fontBytes('arabic', weight)), 'فِ', true);
      const pen: number[] = [];
      run.positions.reduce((x, p, i) => ((pen[i] = x), x + p.xAdvance), 0);
      const k = run.glyphs.findIndex((g, i) => run.positions[i]!.xAdvance === 0 && g.bbox.maxY < 0);
      const b = run.glyphs.findIndex((_, i) => run.positions[i]!.xAdvance > 0);
      const mark = run.glyphs[k]!.bbox, base = run.glyphs[b]!.bbox, pos = run.positions[k]!;
      const centre = pen[k]! + pos.xOffset + (mark.minX + mark.maxX) / 2;
      expect(centre).toBeGreaterThan(pen[b]! + base.minX);
      expect(centre).toBeLessThan(pen[b]! + base.maxX);
      expect(mark.maxY + pos.yOffset).toBeLessThan(Math.min(0, base.minY));
    }
  });

  it('retries without mark positioning, then without any, and names the text if all fail', () => {
    const seen: unknown[] = [];
    const flaky = { layout: (_t: string, features?: unknown) => {
      seen.push(features);
      if (!features) throw new TypeError("Cannot read properties of null (reading 'xCoordinate')");
      return { glyphs: [], positions: [] };
    } };
    expect(layoutSafely(flaky as never, 'فِ', 'rtl')).toEqual({ glyphs: [], positions: [] });
    expect(seen[1]).toMatchObject({ mark: false, mkmk: false });
    const broken = { layout: () => { throw new Error('bad table'); } };
    expect(() => layoutSafely(broken as never, 'فِ', 'rtl')).toThrow(/"فِ": bad table/);
  });
});
