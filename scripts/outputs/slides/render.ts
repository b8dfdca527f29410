// The Slidev deck source: one slide per content slide, facilitator notes as speaker notes.
import { oneLine, type Template } from '../templates.js';
import type { Session, SessionSlide } from '../session.js';
import { hotlineBlock } from '../hotline.js';
import { BODY_SIZES, fitStep, helpLine, longTitle, moduleOpener, mythFactPairs, progressLine, slideKind } from './design.js';

/** Slidev's layout for each content layout: the cover, and its default for the rest (templates/deck.css designs them). */
const SLIDEV_LAYOUT: Record<SessionSlide['layout'], string> = {
  title: 'cover',
  bullets: 'default',
  statement: 'default',
  activity: 'default',
  hotline: 'default',
  check: 'default',
};

/** The fonts the deck carries first (produce/deck-fonts.ts: Noto Sans, Noto Sans Arabic, a Noto Sans SC subset), then system ones. */
const FONT_STACK: Record<string, string> = {
  latin: "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  cyrillic: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif",
  arabic: "'Noto Sans Arabic', 'Noto Sans', 'Segoe UI', Tahoma, 'Geeza Pro', Arial, sans-serif",
  han: "'Noto Sans', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
};

export function renderSlides(session: Session, template: Template): string {
  const { t, kit } = session;
  const hotline = hotlineBlock(session);
  const footer = helpLine(hotline);
  const slides = session.modules.flatMap((module, m) => module.slides.map((slide, i) => {
    const pairs = slide.layout === 'bullets' ? mythFactPairs(slide.points) : undefined;
    const kind = slideKind(slide, pairs);
    const citation = sourceText(session, slide.citations);
    // the module opener: beside the first slide of each module after the welcome, when its text fits beside the band
    // (the hotline and myth/fact slides need the whole width)
    const openerFit = i === 0 && m > 0 && !['cover', 'hotline', 'mythfact'].includes(kind) ? fitStep(slide, kind, true, !!citation) : undefined;
    const opener = openerFit === undefined ? undefined : moduleOpener(session, module, m);
    const fit = openerFit ?? fitStep(slide, kind, false, !!citation) ?? BODY_SIZES.length - 1;
    const classes = [`kit-${slide.layout}`, `kit-${kind}`, `module-${slide.module}`, `fit-${fit}`];
    if (opener) classes.push('kit-opener');
    if (longTitle(slide.title, !!opener)) classes.push('long-title');
    return {
      ...slide,
      layout: SLIDEV_LAYOUT[slide.layout],
      cls: [...new Set(classes)].join(' '),
      opener,
      points: pairs ? [] : slide.points,
      mythFact: pairs,
      hotline: kind === 'hotline' ? hotline : undefined,
      // the help line on every slide but the hotline slide, which shows it in full
      helpLine: kind === 'hotline' ? undefined : footer,
      citation,
      notesSource: sourceText(session, slide.notesCitations),
      questionLabel: slide.layout === 'check' ? t.text('common:check.label') : undefined,
      progress: progressLine(session, module, m, i),
      notes: noteLines(session, slide),
    };
  }));
  return template({
    title: session.title,
    info: `${session.audienceLabel} · ${kit.tag}`,
    lang: kit.lang,
    bookmarks: moduleBookmarks(session),
    dir: kit.locale.meta.dir,
    fontStack: FONT_STACK[kit.locale.meta.script] ?? FONT_STACK.latin,
    favicon: './favicon.svg',
    draftMark: session.draftMark,
    slides,
  });
}

/**
 * One bookmark per module for the deck PDF (produce/deck-pdf reads them back from the headmatter): the module's
 * title and the number of its first slide. Plain one-line text, as the slide titles in the frontmatter.
 */
function moduleBookmarks(session: Session): Array<{ title: string; slide: number }> {
  let slide = 1;
  return session.modules.flatMap((m) => {
    const first = slide;
    slide += m.slides.length;
    return m.slides.length > 0 ? [{ title: oneLine(m.title).replace(/[<>{}]/g, ''), slide: first }] : [];
  });
}

function sourceText(session: Session, citations: string[]): string | undefined {
  return citations.length > 0 ? session.t.text('common:format.source', undefined, { sources: citations.join('; ') }) : undefined;
}

function noteLines(session: Session, slide: SessionSlide): Array<{ label: string; text: string }> {
  const { t } = session;
  const label = (k: string) => t.label(t.text(`common:notes.${k}`));
  const lines = [{ label: label('say'), text: slide.notes.say }];
  if (slide.notes.ask) lines.push({ label: label('ask'), text: slide.notes.ask });
  if (slide.notes.watch) lines.push({ label: label('watch'), text: slide.notes.watch });
  return lines;
}
