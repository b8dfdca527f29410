// Screenshots of each printed sheet (handout front and back, wallet cards front and back, flyer) for en-US and
// ar-US, from the test run's shared build, rendered with pdftoppm at low resolution and compared with the
// references in tests/reference/sheets/. A layout regression (the help block moved, a column gone, another type
// size) changes far more pixels than the tolerance; anti-aliasing differences are ignored by pixelmatch.
// After an intended change of the design or of these kits' handout strings, update the references with
//   UPDATE_REFERENCES=1 npx vitest run tests/sheet-screenshots.test.ts
// and look at the new PNGs before committing them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { PROJECT, sharedDist, tempDir } from './helpers.js';

const REFERENCES = join(PROJECT, 'tests', 'reference', 'sheets');
const UPDATE = process.env.UPDATE_REFERENCES === '1';
/** Share of pixels that may differ (beyond anti-aliasing) before a sheet counts as changed. */
const TOLERANCE = 0.005;

const SHEETS: Array<[name: string, file: string, page: number]> = [
  ['handout-front', 'youth/handout-letter.pdf', 1],
  ['handout-back', 'youth/handout-letter.pdf', 2],
  ['cards-front', 'wallet-cards-letter.pdf', 1],
  ['cards-back', 'wallet-cards-letter.pdf', 2],
  ['flyer', 'flyer-letter.pdf', 1],
];

function render(pdf: string, page: number, out: string): PNG {
  execFileSync('pdftoppm', ['-r', '30', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, out]);
  return PNG.sync.read(readFileSync(`${out}.png`));
}

describe('printed sheets look as designed', () => {
  const cases = ['en-US', 'ar-US'].flatMap((kit) => SHEETS.map(([name, file, page]) => [kit, name, file, page] as const));
  it.each(cases)('%s %s', (kit, name, file, page) => {
    const actual = render(join(sharedDist(), kit, file), page, join(tempDir('sheet-'), name));
    const reference = join(REFERENCES, `${kit}-${name}.png`);
    if (UPDATE || !existsSync(reference)) {
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(reference, PNG.sync.write(actual));
      if (!UPDATE) throw new Error(`no reference for ${kit} ${name}: wrote ${reference}; look at it, commit it and run again`);
      return;
    }
    const expected = PNG.sync.read(readFileSync(reference));
    expect([actual.width, actual.height], 'page size').toEqual([expected.width, expected.height]);
    const diff = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.15 });
    expect(diff / (actual.width * actual.height), `${kit} ${name}: share of changed pixels`).toBeLessThanOrEqual(TOLERANCE);
  });
});
