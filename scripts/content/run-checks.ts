// Runs every content check and throws once with all findings.
import { Problems } from '../core/errors.js';
import type { Reader } from '../core/reader.js';
import type { Content } from './load.js';
import { checkForbidden, checkLiterals, readingGrade } from './check.js';
import { checkIntegrity } from './integrity/index.js';
import { resolveKit } from '../core/kit.js';
import { createTranslator } from '../i18n/translator.js';
import { buildSession } from '../render/session.js';
import { handoutBlocks } from '../render/handouts/index.js';
import type { Block } from '../pdf/index.js';

export function runContentChecks(reader: Reader, content: Content): void {
  const problems = new Problems();
  checkForbidden(reader, problems);
  checkLiterals(content, problems);
  checkIntegrity(content, problems);
  problems.throwIfAny(); // reading levels need well-formed strings
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
    if (b.kind === 'list') return b.items.map((runs) => sentence(runs.map((r) => r.text).join('')));
    return [];
  }).join(' ');
}
