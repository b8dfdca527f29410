// The fonts a deck carries: Chinese decks get a Noto Sans SC subset of their own characters, the same bytes for the
// same text (deck reuse and manifest hashes depend on it); other scripts get only @fontsource imports.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckFonts } from '../scripts/produce/deck-fonts.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'deck-fonts-'));
const fontFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.woff2')).sort();

describe('deck fonts', () => {
  it('a Chinese deck carries a regular and a bold subset, the same bytes each time the text is the same', async () => {
    const text = '什么是性贩运？\n**讲解：** 欢迎大家。';
    const [first, second] = [scratch(), scratch()];
    const css = await deckFonts('han', text, first, scratch()); // separate caches: both subsets really made
    expect(await deckFonts('han', text, second, scratch())).toBe(css);
    expect(fontFiles(first)).toEqual(['noto-sans-sc-400.woff2', 'noto-sans-sc-700.woff2']);
    for (const file of fontFiles(first)) {
      expect(css).toContain(`url('./${file}')`);
      expect(readFileSync(join(second, file))).toEqual(readFileSync(join(first, file)));
      expect(readFileSync(join(first, file)).length).toBeLessThan(20_000); // a few glyphs, not the 10 MB font
    }
    expect(css).toContain("font-family: 'Noto Sans SC'");
  });

  it('another text makes another subset, and the CSS (which the deck hash covers) says so', async () => {
    const cache = scratch();
    expect(await deckFonts('han', '你好', scratch(), cache)).not.toBe(await deckFonts('han', '再见', scratch(), cache));
  });

  it('other scripts carry @fontsource files only', async () => {
    const dir = scratch();
    expect(await deckFonts('arabic', 'مرحبا', dir, scratch())).toContain("@import '@fontsource/noto-sans-arabic/arabic-400.css'");
    expect(fontFiles(dir)).toEqual([]);
  });
});
