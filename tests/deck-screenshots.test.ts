// Screenshots of one slide of each deck layout, from the test run's real deck PDF (es-US parents, built once in
// tests/setup/shared-build.ts), rendered with pdftoppm and compared with the references in tests/reference/.
// A layout regression (a footer gone, a column moved, text at another size) changes far more pixels than the
// tolerance; anti-aliasing differences between machines are ignored by pixelmatch.
// After an intended change of the design or of the es-US parents slides, update the references with
//   UPDATE_REFERENCES=1 npx vitest run tests/deck-screenshots.test.ts
// and look at the new PNGs before committing them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { PROJECT, sharedDeck, tempDir } from './helpers.js';
import { findBrowser } from '../scripts/lib/tools/browser.js';

const REFERENCES = join(PROJECT, 'tests', 'reference');
const UPDATE = process.env.UPDATE_REFERENCES === '1';
/** Share of pixels that may differ (beyond anti-aliasing) before a slide counts as changed. */
const TOLERANCE = 0.005;

/** Each layout, and how to find its first slide from the classes in slides.md (the cover is the headmatter's). */
const LAYOUTS: Record<string, (classes: string[]) => boolean> = {
  cover: (c) => c.includes('kit-cover'),
  opener: (c) => c.includes('kit-opener'),
  bullets: (c) => c.includes('kit-bullets') && !c.includes('kit-opener') && !c.includes('kit-mythfact'),
  // an activity without a story: numbered questions in a panel (in this deck, the closing true-or-false review)
  activity: (c) => (c.includes('kit-activity') && !c.includes('kit-scenario')) || c.includes('kit-check'),
  scenario: (c) => c.includes('kit-scenario') && !c.includes('kit-opener'),
  mythfact: (c) => c.includes('kit-mythfact'),
  hotline: (c) => c.includes('kit-hotline'),
};

function slideClasses(slides: string): string[][] {
  return [...slides.matchAll(/^class: (.*)$/gm)].map((m) => m[1]!.split(' '));
}

function render(pdf: string, slide: number, out: string): PNG {
  execFileSync('pdftoppm', ['-r', '40', '-png', '-singlefile', '-f', String(slide), '-l', String(slide), pdf, out]);
  return PNG.sync.read(readFileSync(`${out}.png`));
}

describe.skipIf(!findBrowser())('deck layouts look as designed', () => {
  const folder = `${sharedDeck()}/es-US/parents`;
  const classes = existsSync(`${folder}/slides.md`) ? slideClasses(readFileSync(`${folder}/slides.md`, 'utf8')) : [];
  const scratch = tempDir('deck-shots-');

  it.each(Object.keys(LAYOUTS))('%s', (layout) => {
    const index = classes.findIndex(LAYOUTS[layout]!);
    expect(index, `no ${layout} slide in the es-US parents deck`).toBeGreaterThanOrEqual(0);
    const actual = render(`${folder}/deck.pdf`, index + 1, join(scratch, layout));
    const reference = join(REFERENCES, `deck-${layout}.png`);
    if (UPDATE || !existsSync(reference)) {
      if (!UPDATE) throw new Error(`${reference} is missing: run UPDATE_REFERENCES=1 npx vitest run tests/deck-screenshots.test.ts`);
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(reference, PNG.sync.write(actual));
      return;
    }
    const expected = PNG.sync.read(readFileSync(reference));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.15 });
    const share = changed / (actual.width * actual.height);
    if (share > TOLERANCE) writeFileSync(join(scratch, `${layout}-diff.png`), PNG.sync.write(diff));
    expect(share, `slide ${index + 1} (${layout}) differs from ${reference} in ${(share * 100).toFixed(2)}% of its pixels; diff: ${join(scratch, `${layout}-diff.png`)}`).toBeLessThanOrEqual(TOLERANCE);
  });
});
