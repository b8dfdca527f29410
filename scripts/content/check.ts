// The content check (issue 3): forbidden phrases, literal statistics and contact details, reading level.
// It runs in every build and in `npm run check`; each finding names the file and the key.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { Problems } from '../core/errors.js';
import type { Reader } from '../core/reader.js';
import type { Content } from './load.js';
import { flatten } from '../i18n/tree.js';
import { SOURCE_LOCALE } from '../core/kit.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { forbiddenSchema } from './schema.js';

/** Loaded from beside this file, never from the content tree: the list is policy, not content. */
const FORBIDDEN = forbiddenSchema.parse(parse(readFileSync(new URL('./forbidden.yaml', import.meta.url), 'utf8')));

// A statistic written as a literal: 12%, 6.3 million, 22,326, 500 (years such as 2019 are allowed).
const LITERAL_STAT = /\d\s?%|\b\d+(?:[.,]\d+)?\s?(?:million|billion|thousand)\b|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b/i;
const LITERAL_CONTACT = /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\bhttps?:|\bwww\.|\b[a-z0-9-]+\.(?:org|gov|com|net)\b/i;

/** Every content, locale and template file as text, so forbidden phrases are caught anywhere. */
export function checkForbidden(reader: Reader, content: Content, problems: Problems): void {
  const files = ['content/facts.yaml', ...['content/audiences', 'content/modules', 'content/regions', 'templates'].flatMap((d) => reader.list(d).map((n) => `${d}/${n}`))];
  const texts = files.filter((f) => reader.exists(f) && !reader.isDir(f)).map((file) => ({ file, lines: reader.readText(file).split('\n') }));
  for (const locale of content.locales.values()) {
    for (const [ns, tree] of Object.entries(locale.namespaces)) {
      texts.push({ file: `locales/${locale.tag}/${ns}.json`, lines: flatten(tree).map((s) => `${s.key}\u0000${s.value}`) });
    }
  }
  for (const { file, lines } of texts) {
    lines.forEach((line, i) => {
      for (const phrase of FORBIDDEN) {
        if (!line.toLowerCase().includes(phrase.text.toLowerCase())) continue;
        const [key] = line.includes('\u0000') ? line.split('\u0000') : [`line ${i + 1}`];
        problems.add({ file, keyPath: key, message: `contains "${phrase.text}", which must never be printed`, hint: phrase.why });
      }
    });
  }
}

/** English strings: statistics only through {{stats.<id>}}, contacts only through region placeholders. */
export function checkLiterals(content: Content, problems: Problems): void {
  const english = content.locales.get(SOURCE_LOCALE);
  for (const [ns, tree] of Object.entries(english?.namespaces ?? {})) {
    if (ns === 'common') continue;
    for (const { key, value } of flatten(tree)) {
      const text = value.replace(/\{\{[^}]*\}\}/g, '');
      const file = `locales/en/${ns}.json`;
      if (LITERAL_STAT.test(text)) {
        problems.add({ file, keyPath: key, message: `has a statistic without a source: "${text.match(LITERAL_STAT)?.[0]}"`, hint: 'cite it as {{stats.<id>}} from content/facts.yaml, adding it there with its source and year' });
      }
      if (LITERAL_CONTACT.test(text)) {
        problems.add({ file, keyPath: key, message: `has a phone number or web address: "${text.match(LITERAL_CONTACT)?.[0]}"`, hint: 'use {{hotline.call}}, {{hotline.web}} or {{emergency}}: contact details come from region data' });
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
