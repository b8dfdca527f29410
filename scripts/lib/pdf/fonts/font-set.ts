// The fonts of one PDF document: which families a script needs, fallback by glyph coverage,
// and embedding (always subset) through the fontkit adapter.
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { Script } from '../types.js';
import { createFontkitAdapter, parseFont, type ShapingFont } from './fontkit-adapter.js';
import { fontBytes, type Family, type Weight } from './files.js';

export interface DocFont {
  key: string; // resource name in the page dictionary, e.g. F1
  family: Family;
  weight: Weight;
  pdfFont: PDFFont;
  shaper: ShapingFont;
}

const PRIMARY: Record<Script, Family[]> = {
  latin: ['sans'],
  cyrillic: ['sans'],
  arabic: ['arabic', 'sans'],
  han: ['han', 'sans'],
};
const ALL: Family[] = ['sans', 'arabic', 'han'];

/** Fallback order for a script: its own fonts first, then every other family. */
export function familyChain(script: Script): Family[] {
  const primary = PRIMARY[script];
  return [...primary, ...ALL.filter((f) => !primary.includes(f))];
}

const coverage = new Map<Family, (cp: number) => boolean>();

/** Whether the family has a glyph for the code point (checked on the regular face, parsed once). */
export function covers(family: Family, codePoint: number): boolean {
  let has = coverage.get(family);
  if (!has) {
    const font = parseFont(fontBytes(family, 'regular'));
    coverage.set(family, (has = (cp) => font.hasGlyphForCodePoint(cp)));
  }
  return has(codePoint);
}

/** First family in the chain with a glyph for the code point (the first one if none has it). */
export function familyFor(chain: Family[], codePoint: number): Family {
  return chain.find((f) => covers(f, codePoint)) ?? chain[0]!;
}

export class FontSet {
  private readonly fonts = new Map<string, DocFont>();
  private readonly adapter = createFontkitAdapter();
  readonly chain: Family[];

  constructor(private readonly doc: PDFDocument, script: Script) {
    this.chain = familyChain(script);
    doc.registerFontkit(this.adapter as never);
  }

  /** Embed every face the text needs up front, so layout itself can stay synchronous. */
  async prepare(needed: Iterable<[Family, Weight]>): Promise<void> {
    for (const [family, weight] of needed) {
      const id = `${family}-${weight}`;
      if (this.fonts.has(id)) continue;
      const bytes = fontBytes(family, weight);
      const index = this.fonts.size;
      const pdfFont = await this.doc.embedFont(bytes, { subset: true, customName: subsetName(index, family, weight) });
      this.fonts.set(id, { key: `F${index + 1}`, family, weight, pdfFont, shaper: this.adapter.shaperFor(bytes) });
    }
  }

  get(family: Family, weight: Weight): DocFont {
    const font = this.fonts.get(`${family}-${weight}`);
    if (!font) throw new Error(`Internal: font ${family}-${weight} used before prepare()`);
    return font;
  }

  all(): DocFont[] {
    return [...this.fonts.values()];
  }
}

/** Deterministic subset tag (six capitals + '+'), so the same input gives the same bytes. */
function subsetName(index: number, family: Family, weight: Weight): string {
  const tag = `KIT${String.fromCharCode(65 + (index % 26))}${family[0]!.toUpperCase()}${weight[0]!.toUpperCase()}`;
  const base = { sans: 'NotoSans', arabic: 'NotoSansArabic', han: 'NotoSansSC' }[family];
  return `${tag}+${base}-${weight === 'bold' ? 'Bold' : 'Regular'}`;
}
