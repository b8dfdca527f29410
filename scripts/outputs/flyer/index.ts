// The tear-off flyer, once per kit and paper size.
import type { OutputDef } from '../types.js';
import { renderTearOffFlyer } from './render.js';

export const flyer: OutputDef = {
  scope: 'kit',
  files: (papers) => papers.map((paper) => ({ name: `flyer-${paper}.pdf`, paper })),
  render: ({ session, largePrint, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderTearOffFlyer(session, file.paper!, largePrint, community) }))),
};
