// The facilitator guide as a flowing pdf-lib document, from the same model as the Markdown guide. With the deck's
// slide pictures, each slide's script sits next to its picture; without them, the guide says what is on screen.
import { renderDocument, type Block, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { docMeta, footerText } from '../print.js';
import type { GuideModel, GuideSlide, ListSection } from './model.js';
import { BLANK } from './support.js';

const bullets = (items: string[]): Block => ({ kind: 'list', items: items.map((text) => [{ text }]) });
const para = (text: string, small = false): Block => ({ kind: 'paragraph', runs: [{ text }], small });

function section(s: ListSection, level: 2 | 3 = 2): Block[] {
  return [{ kind: 'heading', level, text: s.heading }, bullets(s.items)];
}

/** Slide pictures 240 pt wide (3.3 in, 85 mm, about half the column): the 353 px pictures print at about 106 dpi. */
const PICTURE_WIDTH = 240;

export function guideBlocks(g: GuideModel, pictures?: Uint8Array[]): Block[] {
  return [
    { kind: 'heading', level: 1, text: g.title },
    para(`${g.subtitle} · ${g.status}`),
    { kind: 'list', items: g.facts.map((f) => [{ text: `${f.label} `, bold: true }, { text: f.value }]) },
    { kind: 'heading', level: 2, text: g.overview.heading },
    para(g.overview.body),
    { kind: 'heading', level: 2, text: g.timing.heading },
    { kind: 'table', header: g.timing.header, rows: g.timing.rows, widths: [0.15, 0.7, 0.15] },
    ...(g.timing.note ? [para(g.timing.note)] : []),
    ...section(g.preparation),
    ...section(g.materials),
    { kind: 'heading', level: 2, text: g.disclosure.heading },
    para(g.disclosure.intro),
    ...section(g.disclosure.do, 3),
    ...section(g.disclosure.dont, 3),
    para(g.disclosure.refer),
    para(g.disclosure.mandated),
    ...section(g.support),
    g.support.crisisName ? { kind: 'callout', title: g.support.crisisName, lines: [[{ text: g.support.crisis }]] } : para(g.support.crisis),
    { kind: 'heading', level: 2, text: g.resources.heading },
    { kind: 'callout', title: g.resources.hotlineName, lines: g.resources.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }]) },
    ...(g.resources.about ? [para(g.resources.about)] : []),
    { kind: 'list', items: g.resources.others.map((o) => [{ text: `${o.name} `, bold: true }, { text: `${o.contact} · ${o.use} ${o.source}` }]) },
    para(g.resources.checked),
    { kind: 'pageBreak' },
    ...localContactsBlocks(g.localContacts),
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: g.script.heading },
    ...g.script.modules.flatMap((m) => scriptBlocks(m, g.script.onSlide, pictures)),
    ...evaluationBlocks(g.evaluation),
    ...section(g.selfCare),
    ...section(g.sources),
  ];
}

/** A page of its own, to fill in and keep at hand: who, name, phone. */
function localContactsBlocks(sheet: GuideModel['localContacts']): Block[] {
  return [
    { kind: 'heading', level: 2, text: sheet.heading },
    para(sheet.intro),
    // on paper each empty cell is the box to write in (the Markdown guide shows a line)
    { kind: 'table', header: sheet.header, rows: sheet.rows.map((row) => row.map((cell) => (cell === BLANK ? '' : cell))), widths: [0.4, 0.35, 0.25] },
  ];
}

/** The evaluation section: when, the matching code, the answer key as a table, how to compare. */
function evaluationBlocks(e: GuideModel['evaluation']): Block[] {
  return [
    { kind: 'heading', level: 2, text: e.heading },
    para(e.intro),
    para(e.when),
    para(e.code),
    { kind: 'heading', level: 3, text: e.key.heading },
    { kind: 'table', header: e.key.header, rows: e.key.rows, widths: [0.55, 0.25, 0.2] },
    ...section(e.compare, 3),
  ];
}

function scriptBlocks(m: GuideModel['script']['modules'][number], onSlide: string, pictures?: Uint8Array[]): Block[] {
  return [
    { kind: 'heading', level: 3, text: `${m.title} (${m.minutes})` },
    para(m.goal, true),
    ...m.slides.flatMap((s) => slideBlocks(s, onSlide, pictures?.[s.number - 1])),
  ];
}

/** A slide's script; next to its picture, whose text alternative is what the slide shows (the notes PDF too, in small type). */
export function slideBlocks(s: GuideSlide, onSlide: string, picture?: Uint8Array, small = false): Block[] {
  const title: Block = { kind: 'paragraph', runs: [{ text: `${s.number}. ${s.title}`, bold: true }] };
  const onScreen = s.screen.length ? `${onSlide} ${s.screen.join(' · ')}` : undefined;
  const script: Block[] = [
    ...(s.citation ? [para(s.citation, true)] : []),
    { kind: 'list', items: s.notes.map((n) => [{ text: `${n.label} `, bold: true }, { text: n.text }]), small },
    ...(s.notesCitation ? [para(s.notesCitation, true)] : []),
  ];
  if (!picture) return [title, ...(onScreen ? [para(onScreen, true)] : []), ...script];
  const alt = [s.title, onScreen].filter(Boolean).join(' · ');
  return [{ kind: 'beside', picture: { data: picture, alt, width: PICTURE_WIDTH }, blocks: [title, ...script] }];
}

export function renderGuidePdf(session: Session, model: GuideModel, paper: Paper, largePrint: boolean, pictures?: Uint8Array[]): Promise<Uint8Array> {
  return renderDocument({
    ...docMeta(session, paper, model.title, largePrint),
    blocks: guideBlocks(model, pictures),
    runningHeader: `${model.title} · ${model.subtitle}`,
    footer: (page, pages) => footerText(session, page, pages),
  });
}
