// The participant handout's reading level (Flesch-Kincaid), measured on the text the handout prints, in English:
// run after validation by every build and by `npm run check`.
import { Problems } from '../../lib/errors.js';
import type { Content } from '../../load/load.js';
import { allKitTags, resolveKit } from '../../load/kit.js';
import { createTranslator } from '../../load/translator.js';
import { buildSession, type Session } from '../session.js';
import type { AudienceDef } from '../../lib/schema.js';
import { handoutBlocks } from './render.js';
import { readingGrade } from '../../validate/check.js';
import type { Block } from '../../lib/pdf/index.js';
import { evaluationBlocks } from '../evaluation/render.js';

export function checkReadingLevels(content: Content): void {
  const problems = new Problems();
  for (const finding of [...handoutReadingLevels(content), ...evaluationReadingLevels(content)]) {
    if (finding.grade > finding.target) {
      const file = finding.what === 'questionnaire' ? 'locales/en/evaluation.json' : 'locales/en/handout.json';
      problems.add({ file, keyPath: `(${finding.audience} ${finding.what ?? 'handout'}, ${finding.kit})`, message: `reads at grade ${finding.grade.toFixed(1)}, above the target of grade ${finding.target} in content/audiences/${finding.audience}.yaml`, hint: 'use shorter sentences and simpler words (or the audience variant of the key, e.g. items_youth)' });
    }
  }
  problems.throwIfAny();
}

export interface ReadingLevel { audience: string; grade: number; target: number; kit: string; what?: 'questionnaire' }

/** Every English kit: region data adds text of its own (the US 988 line, Take It Down), so each one is measured. */
function englishKits(content: Content, namespace: string): string[] {
  if (!content.locales.get('en')?.namespaces[namespace]) return [];
  return allKitTags(content).filter((tag) => new Intl.Locale(tag).language === 'en');
}

/** The hardest-reading English kit's grade for each audience, measured on what `blocksOf` prints. */
function hardestReading(content: Content, namespace: string, audiences: AudienceDef[], blocksOf: (session: Session) => Block[]): Array<Omit<ReadingLevel, 'what'>> {
  const kits = englishKits(content, namespace).map((tag) => resolveKit(tag, content));
  if (!kits.length) return [];
  const translators = kits.map((kit) => createTranslator(kit, content));
  return audiences.map((audience) => {
    const levels = kits.map((kit, i) => ({ kit: kit.tag, grade: readingGrade(proseOf(blocksOf(buildSession(content, kit, audience, translators[i]!)))) }));
    const hardest = levels.reduce((a, b) => (b.grade > a.grade ? b : a));
    return { audience: audience.id, target: audience.readingGrade, ...hardest };
  });
}

/** Flesch-Kincaid grade of each audience's English participant handout (its hardest-reading English kit). */
export function handoutReadingLevels(content: Content): ReadingLevel[] {
  return hardestReading(content, 'handout', [...content.audiences.values()], (session) => handoutBlocks(session, { config: content.config }));
}

/**
 * The youth questionnaire is read by the same young people as the youth handout: held to the audience's grade.
 * (Adult forms use the professional words their sessions teach; their handouts carry the audience check.)
 */
export function evaluationReadingLevels(content: Content): ReadingLevel[] {
  const youth = [...content.audiences.values()].filter((a) => a.id === 'youth' && content.evaluations.has(a.id));
  return hardestReading(content, 'evaluation', youth, evaluationBlocks).map((level) => ({ ...level, what: 'questionnaire' as const }));
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
