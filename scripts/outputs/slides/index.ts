// slides.md: the Slidev source of the deck, with the facilitator notes as speaker notes.
import type { OutputDef } from '../types.js';
import { renderSlides } from './render.js';

export const slides: OutputDef = {
  scope: 'audience',
  files: () => [{ name: 'slides.md' }],
  render: async ({ session, templates }, [file]) => [{ path: file!.path, data: renderSlides(session, templates.slides) }],
};
