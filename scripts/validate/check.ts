// The content check: never-print phrases in content and template files, literal statistics in English, and the
// reading grade formula (the handout's reading level is checked in outputs/handout/reading-level.ts).
// It runs in every build and in `npm run check`; each finding names the file and the key.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { Problems } from '../lib/errors.js';
import type { Reader } from '../lib/reader.js';
import type { Content } from '../load/load.js';
import { flatten, withoutPlaceholders } from '../lib/i18n/tree.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import { describeNeverPrint, neverPrintIn } from './integrity/never-print.js';
import { BIDI_CONTROLS } from '../lib/normalize.js';

// A statistic written as a literal: 12%, 6.3 million, 22,326, 500 (years such as 2019 are allowed).
const LITERAL_STAT = /\d\s?%|\b\d+(?:[.,]\d+)?\s?(?:million|billion|thousand)\b|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b/i;

/** Content and template files as text, line by line: never-print items and direction controls (locale strings and the
 *  kit config are checked in scripts/validate/integrity). */
export function checkForbidden(reader: Reader, problems: Problems): void {
  const files = ['content/facts.yaml', ...['content/audiences', 'content/modules', 'content/evaluation', 'content/regions', 'templates'].flatMap((d) => reader.list(d).map((n) => `${d}/${n}`))];
  for (const file of files.filter((f) => reader.exists(f) && !reader.isDir(f))) {
    reader.readText(file).split('\n').forEach((line, i) => {
      for (const hit of neverPrintIn(line)) problems.add({ file, keyPath: `line ${i + 1}`, message: describeNeverPrint(hit), hint: hit.why });
      if (BIDI_CONTROLS.test(line)) problems.add({ file, keyPath: `line ${i + 1}`, message: 'contains an invisible direction control (U+202A-U+202E or U+2066-U+2069), which can make a number display differently from what is stored', hint: 'delete it; the build isolates numbers in right-to-left text itself' });
    });
  }
}

/** English strings: statistics only through {{stats.<id>}} (contact details are checked in every language by integrity/). */
export function checkLiterals(content: Content, problems: Problems): void {
  const english = content.locales.get(SOURCE_LOCALE);
  for (const [ns, tree] of Object.entries(english?.namespaces ?? {})) {
    if (ns === 'common') continue;
    for (const { key, value } of flatten(tree)) {
      const text = withoutPlaceholders(value);
      if (LITERAL_STAT.test(text)) {
        problems.add({ file: `locales/en/${ns}.json`, keyPath: key, message: `has a statistic without a source: "${text.match(LITERAL_STAT)?.[0]}"`, hint: 'cite it as {{stats.<id>}} from content/facts.yaml, adding it there with its source and year' });
      }
    }
  }
}

/** US grade level of English text, Flesch-Kincaid. */
export function readingGrade(text: string): number {
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].filter((s) => /\w/.test(s.segment));
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences.length), word: Math.max(1, words.length), syllable: syllables });
}
