// The participant handout: one sheet, front and back (two sheets in large print), in the kit's language.
import { renderDocument, type Block, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { isolateLtr } from '../../load/facts.js';
import { handoutCrisisLine, handoutResources } from '../../load/regions.js';
import { contact, docMeta, explainOverflow, footerText, helpPanel, type Community } from '../print.js';
import { listIcons } from './icons.js';

/** The handout text as blocks; the reading-level check reads the same blocks. */
export function handoutBlocks(session: Session, community: Community, largePrint = false): Block[] {
  const { t } = session;
  const a = session.audience.id;
  const h = (key: string) => t.text(`handout:${key}`, a);
  const items = (key: string) => t.list(`handout:${key}`, a).map((text) => [{ text }]);
  const icons = (list: Parameters<typeof listIcons>[1]) => listIcons(a, list);
  // Front: the title band, what it is, the signs (and the help block pinned below them, see helpPanel).
  // Back: what to do, prevention, other contacts, the community's own.
  const front: Block[] = [
    { kind: 'banner', title: h('title'), subtitle: h('intro') },
    { kind: 'heading', level: 2, text: h('whatIs.heading') },
    { kind: 'paragraph', runs: [{ text: h('whatIs.body') }] },
    { kind: 'heading', level: 2, text: h('redFlags.heading') },
    { kind: 'iconList', items: items('redFlags.items'), icons: icons('redFlags'), columns: 2 },
    { kind: 'paragraph', small: true, runs: [{ text: h('redFlags.note') }] },
  ];
  const back: Block[] = [
    { kind: 'heading', level: 2, text: h('whatToDo.heading') },
    { kind: 'iconList', items: items('whatToDo.items'), icons: icons('whatToDo'), columns: 2 },
    ...sextortionSteps(session),
    { kind: 'heading', level: 2, text: h('prevention.heading') },
    { kind: 'iconList', items: items('prevention.items'), icons: icons('prevention'), columns: 2 },
    ...otherContacts(session),
    ...crisisLine(session),
  ];
  // In large print the front takes more than a page: the back's text follows it at once instead of leaving most of
  // the second page empty; the help block stays at the foot of the first page either way.
  // (the standard handout's spec, which seeds its document ID, stays as it was)
  const pageBreak: Block = largePrint ? { kind: 'pageBreak', soft: true } : { kind: 'pageBreak' };
  return [...front, pageBreak, ...back, ...communityBlocks(session, community)];
}

/**
 * The region's other places to get help that this audience's handout lists (region data `handouts`), with their
 * description in the kit's language. Law-enforcement tip lines stay in the facilitator guide.
 */
function otherContacts(session: Session): Block[] {
  const { t, region } = session;
  const resources = handoutResources(region, session.audience.id);
  if (resources.length === 0) return [];
  const ltr = (v: string) => isolateLtr(v, t.rtl);
  const use = (id: string) => t.text(`regions:${region.id}.resources.${id}.use`);
  return [
    { kind: 'heading', level: 2, text: t.text('common:hotline.other') },
    { kind: 'list', items: resources.map((r) => [{ text: ltr(r.name), bold: true }, ...contact([r.call, r.web].map((v) => v && ltr(v))), { text: ` · ${use(r.id)}` }]) },
  ];
}

/** What to do about sextortion (NCMEC and FBI advice), for the audiences whose handout has the steps. */
function sextortionSteps(session: Session): Block[] {
  const { t } = session;
  const a = session.audience.id;
  if (!t.has('handout:sextortion.heading', a)) return [];
  return [
    { kind: 'heading', level: 2, text: t.text('handout:sextortion.heading', a) },
    { kind: 'iconList', items: t.list('handout:sextortion.items', a).map((text) => [{ text }]), icons: listIcons(a, 'sextortion'), columns: 2 },
  ];
}

/** One calm line for anyone the session upset (US: 988), where region data has a crisis line for this audience. */
function crisisLine(session: Session): Block[] {
  if (!handoutCrisisLine(session.region, session.audience.id)) return [];
  const text = session.t.text('common:crisis.handout', session.audience.id);
  return [{ kind: 'iconList', items: [[{ text }]], icons: ['message-circle-heart'], columns: 1 }];
}

function communityBlocks(session: Session, community: Community): Block[] {
  const { t } = session;
  const { organization, localResources } = community.config;
  const printed = new Map((community.localNumbers?.get(session.region.id) ?? []).map((n) => [n.written, n.printed]));
  const phone = (value?: string) => value && (printed.get(value) ?? value);
  const blocks: Block[] = [];
  if (localResources.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.text('common:handout.local') });
    blocks.push({ kind: 'list', items: localResources.map((r) => [{ text: r.name, bold: true }, ...contact([phone(r.phone), r.web])]) });
  }
  if (organization) {
    if (community.logo) blocks.push({ kind: 'image', data: community.logo, alt: t.text('common:handout.logoAlt', undefined, { org: organization.name }), maxWidth: 120, maxHeight: 48 });
    blocks.push({ kind: 'paragraph', small: true, runs: [{ text: `${t.text('common:handout.from')} ` }, { text: organization.name, bold: true }, ...contact([phone(organization.phone), organization.web])] });
  }
  return blocks;
}

/** Body size of the large-print handout: 16 pt, the least large-print guidance (APH, RNIB) asks for; the large-print
 *  theme's body is 14 pt. */
const LARGE_BODY = 16;

/** The handout on one sheet, or in large print on two: each is a file of its own (handout, handout-large). */
export async function renderHandout(session: Session, community: Community, paper: Paper, largePrint: boolean): Promise<Uint8Array> {
  const meta = docMeta(session, paper, `${session.t.text('handout:title', session.audience.id)} (${session.audienceLabel})`, largePrint, community);
  // One sheet, front and back; large print on at most two, its body from 16 pt up to 18 pt as the pages allow. The
  // help block is not given its own large-print steps: scaled with the text it is large already, and they would
  // squeeze the web address beside the QR code until it broke.
  const maxPages = largePrint ? 4 : 2;
  return explainOverflow(session, `${session.audience.id} handout, ${paper}${largePrint ? ', large print' : ''}`, 'shorten the handout strings for this audience (or drop local resources from kit.config.yaml)',
    () => renderDocument({ ...meta, blocks: handoutBlocks(session, community, largePrint), pinned: helpPanel(session), fill: true, scale: largePrint ? LARGE_BODY / 14 : undefined, footer: (page, pages) => footerText(session, page, pages), maxPages }));
}

