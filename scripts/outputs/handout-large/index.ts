// The participant handout in large print (body 14 pt and up, on two sheets), beside the standard one: a file of
// its own per audience and paper size, so a facilitator can print a few for those who need them.
import type { OutputDef } from '../types.js';
import { renderHandout } from '../handout/render.js';

export const handoutLarge: OutputDef = {
  scope: 'audience',
  files: (papers) => papers.map((paper) => ({ name: `handout-large-${paper}.pdf`, paper })),
  render: ({ session, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderHandout(session, community, file.paper!, true) }))),
};
