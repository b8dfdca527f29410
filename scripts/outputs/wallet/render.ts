// A sheet of wallet cards, front and back (lined up for duplex printing): the front asks and gives the number to
// call, the back has the whole hotline block, the captioned QR code and, on draft kits, the draft note.
import { renderWalletCards, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { docMeta, explainOverflow, helpPanel, type Community } from '../print.js';

export async function renderWallet(session: Session, paper: Paper, largePrint: boolean, community?: Community): Promise<Uint8Array> {
  const { t } = session;
  const help = helpPanel(session);
  if (help.kind !== 'help') throw new Error('helpPanel returns a help block');
  const [call] = help.lines;
  return explainOverflow(session, `wallet cards, ${paper}`, 'shorten handout wallet.heading and wallet.line', () => renderWalletCards({
    ...docMeta(session, paper, t.text('handout:wallet.heading'), largePrint, community),
    heading: t.text('handout:wallet.heading'),
    lines: [[{ text: t.text('handout:wallet.line') }], call!],
    // in large print the back gives the web address in large type instead of the QR code: beside the code it would
    // have to break inside the address
    back: { heading: t.vars.hotline.name, lines: help.lines, qrCaption: largePrint ? undefined : help.qr?.caption },
    qrUrl: largePrint ? undefined : help.qr?.url,
    qrAlt: largePrint ? undefined : help.qr?.alt,
    note: session.draftMark, // each card travels alone, so each says it is an unreviewed translation
  }));
}
