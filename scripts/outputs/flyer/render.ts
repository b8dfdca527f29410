// The tear-off flyer: the headline on a colour band, a short text, the help block with its captioned QR code at the
// poster's foot, and tabs with the hotline to tear off.
import { renderFlyer, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { isolateLtr } from '../../load/facts.js';
import { docMeta, explainOverflow, helpPanel, type Community } from '../print.js';

export async function renderTearOffFlyer(session: Session, paper: Paper, largePrint: boolean, community?: Community): Promise<Uint8Array> {
  const { t } = session;
  const { call, text, web } = t.vars.hotline;
  const support = session.region.resources.filter((r) => r.withHotline && r.call).map((r) => isolateLtr(r.call!, t.rtl));
  return explainOverflow(session, `flyer, ${paper}`, 'shorten handout flyer.headline and flyer.body, or the hotline labels in common.json', () => renderFlyer({
    ...docMeta(session, paper, t.text('handout:flyer.headline'), largePrint, community),
    headline: t.text('handout:flyer.headline'),
    note: session.draftMark,
    blocks: [
      { kind: 'paragraph', runs: [{ text: t.text('handout:flyer.body') }] },
      helpPanel(session),
    ],
    // tear-off tabs: the hotline, then a support line that needs no police contact (AU)
    tabLines: [call, ...(text ? [`${t.text('common:hotline.text')} ${text}`] : []), ...(web ? [web] : []), ...support],
  }));
}

