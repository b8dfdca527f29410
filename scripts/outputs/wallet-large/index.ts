// Wallet cards in large print (the same card size, larger type), beside the standard sheet, per kit and paper size.
import type { OutputDef } from '../types.js';
import { renderWallet } from '../wallet/render.js';

export const walletLarge: OutputDef = {
  scope: 'kit',
  files: (papers) => papers.map((paper) => ({ name: `wallet-cards-large-${paper}.pdf`, paper })),
  render: ({ session, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderWallet(session, file.paper!, true, community) }))),
};
