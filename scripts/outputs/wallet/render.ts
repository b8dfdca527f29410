// A sheet of wallet cards: the hotline block on each card, cut marks between them.
import { renderWalletCards, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { hotlineBlock } from '../hotline.js';
import { docMeta, explainOverflow } from '../print.js';

export async function renderWallet(session: Session, paper: Paper, largePrint: boolean): Promise<Uint8Array> {
  const { t } = session;
  const hotline = hotlineBlock(session);
  return explainOverflow(session, `wallet cards, ${paper}`, 'shorten handout wallet.heading and wallet.line', () => renderWalletCards({
    ...docMeta(session, paper, t.text('handout:wallet.heading'), largePrint),
    heading: t.text('handout:wallet.heading'),
    lines: [[{ text: t.text('handout:wallet.line') }], [{ text: hotline.name, bold: true }], ...hotline.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }])],
    note: session.draftMark, // each card travels alone, so each says it is an unreviewed translation
  }));
}

