// The participant handout's reading level (Flesch-Kincaid), measured on the text the handout prints, in English:
// run after validation by every build and by `npm run check`.
import { Problems } from '../../lib/errors.js';
import type { Content } from '../../load/load.js';
import { resolveKit } from '../../load/kit.js';
import { createTranslator } from '../../load/translator.js';
import { buildSession } from '../session.js';
import { handoutBlocks } from './render.js';
import { readingGrade } from '../../validate/check.js';
import type { Block } from '../../lib/pdf/index.js';
import { evaluationBlocks } from '../evaluation/render.js';

export function checkReadingLevels(content: Content): void {
  const problems = new Problems();
  for (const finding of [...handoutReadingLevels(content), ...evaluationReadingLevels(content)]) {
    if (finding.grade > finding.target) {
      const file = finding.what === 'questionnaire' ? 'locales/en/evaluation.json' : 'locales/en/handout.json';
      problems.add({ file, keyPath: `(${finding.audience} ${finding.what ?? 'handout'})`, message: `reads at grade ${finding.grade.toFixed(1)}, above the target of grade ${finding.target} in content/audiences/${finding.audience}.yaml`, hint: 'use shorter sentences and simpler words (or the audience variant of the key, e.g. items_youth)' });
    }
  }
  problems.throwIfAny();
}

export interface ReadingLevel { audience: string; grade: number; target: number; what?: 'questionnaire' }

/** Flesch-Kincaid grade of each English participant handout. */
export function handoutReadingLevels(content: Content): ReadingLevel[] {
  const region = [...content.regions.keys()][0];
  if (!region || !content.locales.get('en')?.namespaces.handout) return [];
  const kit = resolveKit(`en-${region}`, content);
  const t = createTranslator(kit, content);
  return [...content.audiences.values()].map((audience) => {
    const blocks = handoutBlocks(buildSession(content, kit, audience, t), { config: content.config });
    return { audience: audience.id, grade: readingGrade(proseOf(blocks)), target: audience.readingGrade };
  });
}

/**
 * The youth questionnaire is read by the same young people as the youth handout: held to the audience's grade.
 * (Adult forms use the professional words their sessions teach; their handouts carry the audience check.)
 */
export function evaluationReadingLevels(content: Content): ReadingLevel[] {
  const region = [...content.regions.keys()][0];
  if (!region || !content.locales.get('en')?.namespaces.evaluation) return [];
  const kit = resolveKit(`en-${region}`, content);
  const t = createTranslator(kit, content);
  return [...content.audiences.values()].filter((a) => a.id === 'youth' && content.evaluations.has(a.id)).map((audience) => {
    const blocks = evaluationBlocks(buildSession(content, kit, audience, t));
    return { audience: audience.id, grade: readingGrade(proseOf(blocks)), target: audience.readingGrade, what: 'questionnaire' as const };
  });
}

/** The participant-facing prose: headings, paragraphs, list items and questions (not numbers or addresses). */
function proseOf(blocks: Block[]): string {
  const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
  return blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [sentence(b.runs.map((r) => r.text).join(''))];
    if (b.kind === 'list' || b.kind === 'iconList') return b.items.map((runs) => sentence(runs.map((r) => r.text).join('')));
    if (b.kind === 'banner' && b.subtitle) return [sentence(b.subtitle)];
    if (b.kind === 'question') return [sentence(b.prompt.map((r) => r.text).join('')), ...(b.note ? [sentence(b.note)] : [])];
    return [];
  }).join(' ');
}
