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

export function checkReadingLevels(content: Content): void {
  const problems = new Problems();
  for (const finding of handoutReadingLevels(content)) {
    if (finding.grade > finding.target) {
      problems.add({ file: 'locales/en/handout.json', keyPath: `(${finding.audience} handout)`, message: `reads at grade ${finding.grade.toFixed(1)}, above the target of grade ${finding.target} in content/audiences/${finding.audience}.yaml`, hint: 'use shorter sentences and simpler words (or the audience variant of the key, e.g. items_youth)' });
    }
  }
  problems.throwIfAny();
}

export interface ReadingLevel { audience: string; grade: number; target: number }

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

/** The participant-facing prose: headings, paragraphs and list items (not numbers or addresses). */
function proseOf(blocks: Block[]): string {
  const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
  return blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [sentence(b.runs.map((r) => r.text).join(''))];
    if (b.kind === 'list' || b.kind === 'iconList') return b.items.map((runs) => sentence(runs.map((r) => r.text).join('')));
    if (b.kind === 'banner' && b.subtitle) return [sentence(b.subtitle)];
    return [];
  }).join(' ');
}
