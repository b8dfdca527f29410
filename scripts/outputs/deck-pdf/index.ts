// The deck as a PDF: its built site printed in the build's one browser (tagged, one bookmark per module, the
// kit's language, fixed dates).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputDef } from '../types.js';
import { buildDeck } from '../../lib/tools/slidev.js';
import { headmatterValue, slideBookmarks } from '../slides/headmatter.js';

export const deckPdf: OutputDef = {
  scope: 'audience',
  files: () => [{ name: 'deck.pdf' }],
  produce: {
    needs: 'slides',
    needsBrowser: true,
    made: 'deck.pdf',
    async run(job) {
      // printed from the site the deck job built (or reused) in the same work folder; built here if it did not run
      if (!existsSync(join(job.dir, 'deck', 'index.html'))) await buildDeck(job);
      const slides = await readFile(join(job.dir, 'slides.md'), 'utf8');
      const lang = String(headmatterValue(slides, 'lang') ?? 'en');
      const bookmarks = slideBookmarks(slides).map((b) => ({ title: b.title, page: b.slide - 1 }));
      const pdf = await job.printer!.print({ dir: join(job.dir, 'deck'), base: job.base, title: job.title, lang, bookmarks });
      await writeFile(join(job.dir, 'deck.pdf'), pdf);
    },
  },
};
