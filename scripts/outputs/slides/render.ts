// The Slidev deck source: one slide per content slide, facilitator notes as speaker notes.
import { oneLine, type Template } from '../templates.js';
import type { Session, SessionSlide } from '../session.js';
import { hotlineBlock } from '../hotline.js';

const SLIDEV_LAYOUT: Record<SessionSlide['layout'], string> = {
  title: 'cover',
  bullets: 'default',
  statement: 'center',
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
  const slides = session.modules.flatMap((m) => m.slides).map((slide) => ({
    ...slide,
    layout: SLIDEV_LAYOUT[slide.layout],
    cls: `kit-${slide.layout} module-${slide.module}`,
    hotline: slide.layout === 'hotline' ? hotline : undefined,
    citation: sourceText(session, slide.citations),
    notesSource: sourceText(session, slide.notesCitations),
    questionLabel: slide.layout === 'check' ? t.text('common:check.label') : undefined,
    notes: noteLines(session, slide),
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
