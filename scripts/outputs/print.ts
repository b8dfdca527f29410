// Participant handout (per audience), wallet cards and tear-off flyer (per kit), as pdf-lib documents.
import type { Block, DocMeta, Paper, Run } from '../lib/pdf/index.js';
import { DoesNotFitError, renderDocument, renderFlyer, renderWalletCards } from '../lib/pdf/index.js';
import type { KitConfig } from '../lib/schema.js';
import type { Session } from './session.js';
import { hotlineBlock } from './hotline.js';
import { KitError } from '../lib/errors.js';
import { isolateLtr } from '../load/facts.js';
import { handoutResources } from '../load/regions.js';
import type { LocalNumber } from '../validate/integrity/config.js';

export interface Community {
  config: KitConfig;
  /** Logo bytes (PNG or JPG), already read from the path in the kit config. */
  logo?: Uint8Array;
  /** The config's phone numbers as checked and formatted for each region (scripts/validate/integrity/config.ts). */
  localNumbers?: Map<string, LocalNumber[]>;
}

export function docMeta(session: Session, paper: Paper, title: string, largePrint: boolean): DocMeta {
  const { kit } = session;
  return { title, lang: kit.lang, dir: kit.locale.meta.dir, script: kit.locale.meta.script, paper, largePrint };
}

/** The handout text as blocks; the reading-level check reads the same blocks. */
export function handoutBlocks(session: Session, community: Community): Block[] {
  const { t } = session;
  const a = session.audience.id;
  const h = (key: string) => t.text(`handout:${key}`, a);
  const items = (key: string) => t.list(`handout:${key}`, a).map((text) => [{ text }]);
  const hotline = hotlineBlock(session);
  // Front: what it is, the signs, what to do, and the hotline. Back: prevention, the QR code, other contacts.
  const front: Block[] = [
    { kind: 'heading', level: 1, text: h('title') },
    { kind: 'paragraph', runs: [{ text: h('intro') }] },
    { kind: 'heading', level: 2, text: h('whatIs.heading') },
    { kind: 'paragraph', runs: [{ text: h('whatIs.body') }] },
    { kind: 'heading', level: 2, text: h('redFlags.heading') },
    { kind: 'list', items: items('redFlags.items') },
    { kind: 'paragraph', small: true, runs: [{ text: h('redFlags.note') }] },
    { kind: 'heading', level: 2, text: h('whatToDo.heading') },
    { kind: 'list', items: items('whatToDo.items') },
    { kind: 'callout', title: `${t.label(hotline.heading)} ${hotline.name}`, lines: hotline.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }]) },
  ];
  const back: Block[] = [
    { kind: 'heading', level: 2, text: h('prevention.heading') },
    { kind: 'list', items: items('prevention.items') },
    ...qrBlock(session, 72),
    ...otherContacts(session),
  ];
  return [...front, { kind: 'pageBreak' }, ...back, ...communityBlocks(session, community)];
}

/** A QR code for the hotline's website; none where region data has no web page for it (AU). */
function qrBlock(session: Session, size: number): Block[] {
  const web = session.region.hotline.web?.url;
  return web ? [{ kind: 'qr', url: `https://${web}`, alt: session.t.text('common:handout.qrAlt', undefined, { url: web }), size }] : [];
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

function contact(values: Array<string | undefined>): Run[] {
  const present = values.filter((v): v is string => !!v);
  return present.length ? [{ text: ` · ${present.join(' · ')}` }] : [];
}

export async function renderHandout(session: Session, community: Community, paper: Paper): Promise<Uint8Array> {
  const { largePrint } = community.config;
  const meta = docMeta(session, paper, `${session.t.text('handout:title', session.audience.id)} (${session.audienceLabel})`, largePrint);
  // One sheet, front and back; large print (14 pt and up) needs a second sheet for the same text.
  const maxPages = largePrint ? 4 : 2;
  return explainOverflow(session, `${session.audience.id} handout, ${paper}${largePrint ? ', large print' : ''}`, 'shorten the handout strings for this audience (or drop local resources from kit.config.yaml)',
    () => renderDocument({ ...meta, blocks: handoutBlocks(session, community), footer: (page, pages) => footerText(session, page, pages), maxPages }));
}

/** The PDF engine says plainly when text does not fit; that is a content problem, reported against the strings. */
async function explainOverflow(session: Session, what: string, hint: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await render();
  } catch (cause) {
    if (!(cause instanceof DoesNotFitError)) throw cause;
    throw new KitError({ file: `locales/${session.kit.locale.tag}/handout.json`, keyPath: `(${what})`, message: `does not fit: ${cause.message}`, hint, cause });
  }
}

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

export function footerText(session: Session, page: number, pages: number): string {
  const { t, kit } = session;
  const status = kit.locale.meta.status === 'source' ? '' : ` · ${t.text(`common:status.${kit.locale.meta.status}`)}`;
  return `${t.text('common:format.page', undefined, { page, pages })}${status}`;
}
