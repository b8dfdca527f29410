// The deck as a static site (Slidev build of slides.md), to present offline from a local server.
import type { OutputDef } from '../types.js';
import { buildDeck } from '../../lib/tools/slidev.js';

export const deck: OutputDef = {
  scope: 'audience',
  files: () => [{ name: 'deck/' }],
  produce: { needs: 'slides', needsBrowser: false, made: 'deck', run: (job) => buildDeck(job) },
};
