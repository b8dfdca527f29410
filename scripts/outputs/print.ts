// What the printed outputs share (handout, wallet cards, flyer, guide PDF): document metadata, the footer, the QR
// code to the hotline, contact lines, and reporting text that does not fit against the strings that are too long.
import type { Block, DocMeta, Paper, Run } from '../lib/pdf/index.js';
import { DoesNotFitError } from '../lib/pdf/index.js';
import type { KitConfig } from '../lib/schema.js';
import type { Session } from './session.js';
import { hotlineBlock } from './hotline.js';
import { COLOR, normalizeColor } from '../lib/design/tokens.js';
import { KitError } from '../lib/errors.js';
import type { LocalNumber } from '../validate/integrity/config.js';

export interface Community {
  config: KitConfig;
  /** Logo bytes (PNG or JPG), already read from the path in the kit config. */
  logo?: Uint8Array;
  /** The config's phone numbers as checked and formatted for each region (scripts/validate/integrity/config.ts). */
  localNumbers?: Map<string, LocalNumber[]>;
}

/** The printed sheets' metadata; `community` gives their colour (its brand colour, else the kit's primary colour). */
export function docMeta(session: Session, paper: Paper, title: string, largePrint: boolean, community?: Community): DocMeta {
  const { kit } = session;
  const accent = community ? accentColor(community.config) : undefined;
  return { title, lang: kit.lang, dir: kit.locale.meta.dir, script: kit.locale.meta.script, paper, largePrint, accent };
}

/** The community's brand colour (checked for contrast with white when the config is read) or the kit's own. */
export function accentColor(config: KitConfig): string {
  const brand = config.organization?.color;
  return (brand && normalizeColor(brand)) || COLOR.primary;
}

/** The help block: the hotline's name, its lines (numbers from region data only) and the captioned QR code. */
export function helpPanel(session: Session, large = false, qr = true): Block {
  const { t } = session;
  const hotline = hotlineBlock(session);
  const web = session.region.hotline.web?.url;
  // "chat with the hotline" only where region data says it has a chat; otherwise the code just opens its website
  const caption = session.region.hotline.chatLanguages?.length ? 'common:handout.qrCaption' : 'common:handout.qrCaptionWeb';
  return {
    kind: 'help',
    title: `${t.label(hotline.heading)} ${hotline.name}`,
    lines: hotline.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }]),
    qr: web && qr ? { url: `https://${web}`, alt: t.text('common:handout.qrAlt', undefined, { url: web }), caption: t.text(caption) } : undefined,
    large,
  };
}

export function contact(values: Array<string | undefined>): Run[] {
  const present = values.filter((v): v is string => !!v);
  return present.length ? [{ text: ` · ${present.join(' · ')}` }] : [];
}

/** The PDF engine says plainly when text does not fit; that is a content problem, reported against the strings. */
export async function explainOverflow(session: Session, what: string, hint: string, render: () => Promise<Uint8Array>, namespace = 'handout'): Promise<Uint8Array> {
  try {
    return await render();
  } catch (cause) {
    if (!(cause instanceof DoesNotFitError)) throw cause;
    throw new KitError({ file: session.stringsFile(namespace), keyPath: `(${what})`, message: `does not fit: ${cause.message}`, hint, cause });
  }
}

export function footerText(session: Session, page: number, pages: number): string {
  const { t, kit } = session;
  const status = kit.locale.meta.status === 'source' ? '' : ` · ${t.text(`common:status.${kit.locale.meta.status}`)}`;
  return `${t.text('common:format.page', undefined, { page, pages })}${status}`;
}

/** A QR code for the hotline's website; none where region data has no web page for it (AU). */
export function qrBlock(session: Session, size: number): Block[] {
  const web = session.region.hotline.web?.url;
  return web ? [{ kind: 'qr', url: `https://${web}`, alt: session.t.text('common:handout.qrAlt', undefined, { url: web }), size }] : [];
}

