// The deck as a PDF: its built site printed in the build's one browser (tagged, one bookmark per module, the
// kit's language, fixed dates), and a picture of each slide from the same browser pass.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
    pictures: 'pictures',
    async run(job) {
      // printed from the site the deck job built (or reused) in the same work folder; built here if it did not run
      if (!existsSync(join(job.dir, 'deck', 'index.html'))) await buildDeck(job);
      const slides = await readFile(join(job.dir, 'slides.md'), 'utf8');
      const lang = String(headmatterValue(slides, 'lang') ?? 'en');
      const bookmarks = slideBookmarks(slides).map((b) => ({ title: b.title, page: b.slide - 1 }));
      const printed = await job.printer!.print({ dir: join(job.dir, 'deck'), base: job.base, title: job.title, lang, bookmarks });
      await writeFile(join(job.dir, 'deck.pdf'), printed.pdf);
      await writePictures(join(job.dir, 'pictures'), printed.pictures);
    },
  },
};

/** slide-001.jpg, slide-002.jpg ...: in slide order when sorted by name. */
async function writePictures(dir: string, pictures: Uint8Array[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(pictures.map((picture, i) => writeFile(join(dir, `slide-${String(i + 1).padStart(3, '0')}.jpg`), picture)));
}
