// A sheet of wallet cards with the hotline, once per kit and paper size (large print: wallet-large).
import type { OutputDef } from '../types.js';
import { renderWallet } from './render.js';

export const wallet: OutputDef = {
  scope: 'kit',
  files: (papers) => papers.map((paper) => ({ name: `wallet-cards-${paper}.pdf`, paper })),
  render: ({ session, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderWallet(session, file.paper!, false, community) }))),
};
