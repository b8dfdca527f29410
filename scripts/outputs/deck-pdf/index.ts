// The deck as a PDF: its built site printed in the build's one browser (tagged, with bookmarks, fixed dates).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputDef } from '../types.js';
import { buildDeck } from '../../lib/tools/slidev.js';

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
      const pdf = await job.printer!.print({ dir: join(job.dir, 'deck'), base: job.base, title: job.title });
      await writeFile(join(job.dir, 'deck.pdf'), pdf);
    },
  },
};
