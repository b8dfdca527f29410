// The tear-off flyer: a headline, the hotline block and QR code, and tabs with the hotline to tear off.
import { renderFlyer, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { hotlineBlock } from '../hotline.js';
import { isolateLtr } from '../../load/facts.js';
import { docMeta, explainOverflow, qrBlock } from '../print.js';

export async function renderTearOffFlyer(session: Session, paper: Paper, largePrint: boolean): Promise<Uint8Array> {
  const { t } = session;
  const hotline = hotlineBlock(session);
  const { call, text, web } = t.vars.hotline;
  const support = session.region.resources.filter((r) => r.withHotline && r.call).map((r) => isolateLtr(r.call!, t.rtl));
  return explainOverflow(session, `flyer, ${paper}`, 'shorten handout flyer.headline and flyer.body, or the hotline labels in common.json', () => renderFlyer({
    ...docMeta(session, paper, t.text('handout:flyer.headline'), largePrint),
    headline: t.text('handout:flyer.headline'),
    note: session.draftMark,
    blocks: [
      { kind: 'paragraph', runs: [{ text: t.text('handout:flyer.body') }] },
      { kind: 'callout', title: `${t.label(hotline.heading)} ${hotline.name}`, lines: hotline.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }]) },
      ...qrBlock(session, largePrint ? 64 : 96),
    ],
    // tear-off tabs: the hotline, then a support line that needs no police contact (AU)
    tabLines: [call, ...(text ? [`${t.text('common:hotline.text')} ${text}`] : []), ...(web ? [web] : []), ...support],
  }));
}

