// The facilitator guide as a flowing pdf-lib document, from the same model as the Markdown guide.
import { renderDocument, type Block, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { docMeta, footerText } from '../print.js';
import type { GuideModel, ListSection } from './model.js';

const bullets = (items: string[]): Block => ({ kind: 'list', items: items.map((text) => [{ text }]) });
const para = (text: string, small = false): Block => ({ kind: 'paragraph', runs: [{ text }], small });

function section(s: ListSection, level: 2 | 3 = 2): Block[] {
  return [{ kind: 'heading', level, text: s.heading }, bullets(s.items)];
}

export function guideBlocks(g: GuideModel): Block[] {
  return [
    { kind: 'heading', level: 1, text: g.title },
    para(`${g.subtitle} · ${g.status}`),
    { kind: 'list', items: g.facts.map((f) => [{ text: `${f.label} `, bold: true }, { text: f.value }]) },
    { kind: 'heading', level: 2, text: g.overview.heading },
    para(g.overview.body),
    { kind: 'heading', level: 2, text: g.timing.heading },
    { kind: 'table', header: g.timing.header, rows: g.timing.rows, widths: [0.15, 0.7, 0.15] },
    ...section(g.preparation),
    ...section(g.materials),
    { kind: 'heading', level: 2, text: g.disclosure.heading },
    para(g.disclosure.intro),
    ...section(g.disclosure.do, 3),
    ...section(g.disclosure.dont, 3),
    para(g.disclosure.refer),
    para(g.disclosure.mandated),
    { kind: 'heading', level: 2, text: g.resources.heading },
    { kind: 'callout', title: g.resources.hotlineName, lines: g.resources.lines.map((l) => [{ text: `${l.label} ` }, { text: l.value, bold: true }]) },
    ...(g.resources.about ? [para(g.resources.about)] : []),
    { kind: 'list', items: g.resources.others.map((o) => [{ text: `${o.name} `, bold: true }, { text: `${o.contact} · ${o.use} ${o.source}` }]) },
    para(g.resources.checked),
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: g.script.heading },
    ...g.script.modules.flatMap((m) => scriptBlocks(m, g.script.onSlide)),
    ...section(g.selfCare),
    ...section(g.sources),
  ];
}

function scriptBlocks(m: GuideModel['script']['modules'][number], onSlide: string): Block[] {
  return [
    { kind: 'heading', level: 3, text: `${m.title} (${m.minutes})` },
    para(m.goal, true),
    ...m.slides.flatMap((s): Block[] => [
      { kind: 'paragraph', runs: [{ text: `${s.number}. ${s.title}`, bold: true }] },
      ...(s.screen.length ? [para(`${onSlide} ${s.screen.join(' · ')}`, true)] : []),
      ...(s.citation ? [para(s.citation, true)] : []),
      { kind: 'list', items: s.notes.map((n) => [{ text: `${n.label} `, bold: true }, { text: n.text }]) },
      ...(s.notesCitation ? [para(s.notesCitation, true)] : []),
    ]),
  ];
}

export function renderGuidePdf(session: Session, model: GuideModel, paper: Paper, largePrint: boolean): Promise<Uint8Array> {
  return renderDocument({
    ...docMeta(session, paper, model.title, largePrint),
    blocks: guideBlocks(model),
    runningHeader: `${model.title} · ${model.subtitle}`,
    footer: (page, pages) => footerText(session, page, pages),
  });
}
