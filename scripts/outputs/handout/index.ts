// The participant handout, one sheet front and back (two in large print), per audience and paper size.
import type { OutputDef } from '../types.js';
import { renderHandout } from './render.js';

export const handout: OutputDef = {
  scope: 'audience',
  files: (papers) => papers.map((paper) => ({ name: `handout-${paper}.pdf`, paper })),
  render: ({ session, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderHandout(session, community, file.paper!) }))),
};
