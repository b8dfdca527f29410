// The deck as a PDF (Slidev export in a Chromium-family browser).
import type { OutputDef } from '../types.js';
import { exportDeckPdf } from '../../lib/tools/slidev.js';

export const deckPdf: OutputDef = {
  scope: 'audience',
  files: () => [{ name: 'deck.pdf' }],
  produce: { needs: 'slides', needsBrowser: true, made: 'deck.pdf', run: (job) => exportDeckPdf(job, job.browser as string) },
};
