// What the deck theme (templates/deck.css) needs beyond the text: which designed layout a slide takes, a type size
// that fits its text on the slide, the module opener, the myth/fact pairs and the help-line footer. Text stays the
// translators' own; this only decides how it is laid out.
import { TYPE } from '../../lib/design/tokens.js';
import type { Session, SessionModule, SessionSlide } from '../session.js';
import type { HotlineBlock, HotlineLine } from '../hotline.js';

/** The designed layouts (classes kit-<kind> in templates/deck.css). */
export type SlideKind = 'cover' | 'bullets' | 'statement' | 'activity' | 'scenario' | 'check' | 'mythfact' | 'hotline';

export function slideKind(slide: SessionSlide, pairs: MythFact | undefined): SlideKind {
  if (slide.layout === 'title') return 'cover';
  if (slide.layout === 'activity') return slide.scenario ? 'scenario' : 'activity';
  if (slide.layout === 'bullets' && pairs) return 'mythfact';
  return slide.layout;
}

export interface MythFact { myth: string; fact: string; rows: Array<{ myth: string; fact: string }> }

/**
 * "Myth: … Fact: …" points, in any language ("Mito: … Realidad: …", "误区：…事实：…"), as two labels and pairs; only
 * when every point has the same two labels, so no other list is ever taken for one.
 */
export function mythFactPairs(points: string[]): MythFact | undefined {
  const pattern = /^([^:：.。]{1,24}?)\s*[:：]\s*(.+?[.。!?؟！？])\s*([^:：.。]{1,24}?)\s*[:：]\s*(.+)$/u;
  const parts = points.map((p) => pattern.exec(p));
  const [first] = parts;
  if (points.length < 2 || !first || parts.some((m) => !m || m[1] !== first[1] || m[3] !== first[3])) return undefined;
  return { myth: first[1]!, fact: first[3]!, rows: parts.map((m) => ({ myth: m![2]!, fact: m![4]! })) };
}

/** Width of a character in em, roughly, for the fit estimate (Han and kana are square, Latin and Arabic about half). */
const charWidth = (c: string) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(c) ? 1 : 0.5);
const textWidth = (text: string) => [...text].reduce((sum, c) => sum + charWidth(c), 0);

/** Lines a text takes at a size (px) in a column (px), with a little slack for word breaks. */
const lines = (text: string, size: number, width: number) => Math.max(1, Math.ceil((textWidth(text) * size) / (width * 0.94)));

/** Body sizes a slide may take, largest first: the token size for the back of the room, then smaller steps. */
export const BODY_SIZES = [TYPE.slide.body, 24, 22, 20, 18];
/**
 * The slide's text column (templates/deck.css): a 980 x 552 canvas less its margins, less the opener band; the
 * height left for the text under a one-line title and above the footer.
 */
const AREA = { width: 868, openerWidth: 630, height: 380 };

/**
 * The body size step (0 = the token size) at which the slide's text fits its column, or undefined when it does not
 * fit even at the smallest: estimated from the text length and the column width as templates/deck.css lays it out,
 * so a long French or Vietnamese slide steps down instead of pushing the footer off the slide.
 */
export function fitStep(slide: SessionSlide, kind: SlideKind, opener: boolean, source: boolean): number | undefined {
  const width = opener ? AREA.openerWidth : AREA.width;
  // the footer wraps to two lines beside the opener; a true-or-false slide has its label above the questions
  const height = AREA.height - (source ? 34 : 0) - (longTitle(slide.title, opener) ? 30 : 0) - (opener ? 18 : 0) - (kind === 'check' ? 44 : 0);
  const pairs = kind === 'mythfact' ? mythFactPairs(slide.points)!.rows : [];
  const panel = kind === 'activity' || kind === 'scenario' || kind === 'check';
  for (const [step, size] of BODY_SIZES.entries()) {
    const line = size * 1.4;
    const list = (items: string[], indent: number) => items.reduce((h, item) => h + lines(item, size, width - indent * size) * line + size * 0.45, 0);
    const block = (text: string | undefined, inset: number) => (text ? lines(text, size, width - inset) * line + 24 : 0);
    const pair = (p: { myth: string; fact: string }) => Math.max(lines(p.myth, size * 0.85, width * 0.46 - 32), lines(p.fact, size * 0.85, width * 0.53 - 32)) * size * 0.85 * 1.3 + 24;
    const total = (kind === 'mythfact' ? 30 + pairs.reduce((h, p) => h + pair(p), 0) : list(slide.points, 1.1))
      + list(slide.questions, 1.7) + (panel && slide.questions.length ? 36 : 0)
      + block(slide.subtitle, 0) + block(slide.body, 0) + block(slide.scenario, 90) + (slide.scenario ? 32 : 0);
    if (kind === 'hotline' || total <= height) return step;
  }
  return undefined;
}

/** A title longer than one line at the token size takes the next size down. */
export const longTitle = (title: string, opener: boolean) => lines(title, TYPE.slide.h1, opener ? AREA.openerWidth : AREA.width) > 1;

export interface Opener { label: string; title: string; minutes: string; goal: string }

/** The module opener: a band beside the first slide of each module after the welcome (title, minutes, goal). */
export function moduleOpener(session: Session, module: SessionModule, index: number): Opener {
  const { t } = session;
  return {
    label: `${t.text('common:guide.module')} ${index + 1}`,
    title: module.title,
    minutes: t.text('common:format.minutes', undefined, { count: module.minutes }),
    goal: module.goal,
  };
}

/**
 * The discreet help line at the foot of every slide: the hotline's call line, then a support line printed with it
 * where region data has one (AU: the hotline is the police, and help must not need police contact), else its text
 * or web line. Never the emergency line alone beside the call: the slide shows where to get help, not only report.
 */
export function helpLine(block: HotlineBlock): { heading: string; lines: HotlineBlock['lines'] } {
  const first = (kind: HotlineLine['kind']) => block.lines.find((line) => line.kind === kind);
  const second = first('support') ?? first('text') ?? first('web');
  return { heading: block.heading, lines: [first('call')!, ...(second ? [second] : [])] };
}

/** For the presenter: where this slide is in its module ("Module 3 · Myths and facts · Slide 2/3 · 5 minutes"). */
export function progressLine(session: Session, module: SessionModule, index: number, slide: number): string {
  const { t } = session;
  const minutes = t.text('common:format.minutes', undefined, { count: module.minutes });
  return `${t.text('common:guide.module')} ${index + 1}/${session.modules.length} · ${module.title} · ${t.text('common:guide.slide')} ${slide + 1}/${module.slides.length} · ${minutes}`;
}
