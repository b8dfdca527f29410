// Rules every translated string follows: same placeholders and numbers as English, plain text only.
import { placeholders, withoutPlaceholders } from './tree.js';
import { items, type Unit } from './units.js';
import { normalizeText, numbersIn } from '../normalize.js';

export interface RuleProblem {
  kind: 'placeholder' | 'markup' | 'digits' | 'empty' | 'shape' | 'length';
  /** Errors fail `check`; a list of another length only warns (a language may need to split an item). */
  level: 'error' | 'warning';
  message: string;
  hint: string;
}


/** Markup a translation must not contain; the text is escaped on output, so it would show literally. */
const MARKUP: Array<[RegExp, string]> = [
  [/<\/?[a-zA-Z][^<>]*>/, 'an HTML tag'],
  [/&(#\d+|#x[0-9a-f]+|[a-z]+);/i, 'an HTML entity'],
  [/\*\*|__/, 'Markdown emphasis (** or __)'],
  [/`/, 'a backtick'],
  [/\[[^\]]*\]\([^)]*\)/, 'a Markdown link [text](url)'],
  [/~~/, 'Markdown strikethrough (~~)'],
  [/^\s*#{1,6}\s/m, 'a Markdown heading (#)'],
];

/** Plural forms that may leave out {{count}}: "one minute" is often written as a word. */
const COUNT_OPTIONAL = new Set(['zero', 'one', 'two']);

/**
 * `regional`: an override in a regional folder (en-GB, es-MX) may leave out a fact the source has, such as a
 * US statistic that does not apply there, but may never add a placeholder or a number of its own.
 */
export function checkUnit(translation: Unit, source: Unit, pluralCategory?: string, regional = false): RuleProblem[] {
  const shape = checkShape(translation, source);
  if (shape) return [shape];
  return [
    ...checkEmpty(translation),
    ...checkPlaceholders(translation, source, pluralCategory, regional),
    ...checkMarkup(translation),
    ...checkDigits(translation, source, regional),
    ...checkLength(translation, source),
  ];
}

function checkShape(translation: Unit, source: Unit): RuleProblem | undefined {
  if (Array.isArray(translation) === Array.isArray(source)) return undefined;
  return Array.isArray(source)
    ? { kind: 'shape', level: 'error', message: `is a single string, but English is a list of ${source.length}`, hint: 'write a JSON list ["…", "…"] like the English' }
    : { kind: 'shape', level: 'error', message: 'is a list, but English is a single string', hint: 'write one string like the English' };
}

function checkEmpty(translation: Unit): RuleProblem[] {
  if (items(translation).length > 0 && items(translation).every((t) => t.trim() !== '')) return [];
  return [{ kind: 'empty', level: 'error', message: 'is empty, so the kit would print nothing here', hint: 'translate it, or delete the key so English is used' }];
}

function checkPlaceholders(translation: Unit, source: Unit, pluralCategory?: string, regional = false): RuleProblem[] {
  const want = new Set(items(source).flatMap(placeholders));
  const have = new Set(items(translation).flatMap(placeholders));
  if (pluralCategory && COUNT_OPTIONAL.has(pluralCategory)) have.add('count');
  const lost = regional ? [] : [...want].filter((p) => !have.has(p));
  const added = [...have].filter((p) => !want.has(p) && !(p === 'count' && pluralCategory));
  if (lost.length === 0 && added.length === 0) return [];
  const list = (ps: string[]) => ps.map((p) => `{{${p}}}`).join(', ');
  const parts = [lost.length ? `lacks ${list(lost)}` : '', added.length ? `has ${list(added)}, which English does not use` : ''];
  return [{
    kind: 'placeholder',
    level: 'error',
    message: `placeholders differ from English: ${parts.filter(Boolean).join('; ')}`,
    hint: want.size ? `use exactly ${list([...want])}, copied unchanged (never translate the name inside {{ }})` : 'use no placeholders here, like the English',
  }];
}

function checkMarkup(translation: Unit): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const text of items(translation)) {
    const found = MARKUP.find(([re]) => re.test(text));
    const braces = /[{}]/.test(withoutPlaceholders(text));
    const what = found?.[1] ?? (braces ? 'a brace { } outside a placeholder' : undefined);
    if (what) problems.push({ kind: 'markup', level: 'error', message: `contains ${what}: "${excerpt(text)}"`, hint: 'write plain text; layout and emphasis come from the templates' });
  }
  return problems;
}

function checkDigits(translation: Unit, source: Unit, regional = false): RuleProblem[] {
  const want = numbers(source);
  const have = numbers(translation);
  const added = [...have].filter((n) => !want.has(n));
  const lost = regional ? [] : [...want].filter((n) => !have.has(n));
  if (added.length === 0 && lost.length === 0) return [];
  const parts = [added.length ? `has ${added.join(', ')}` : '', lost.length ? `lacks ${lost.join(', ')}` : ''];
  return [{
    kind: 'digits',
    level: 'error',
    message: `numbers differ from English (${[...want].join(', ') || 'none'}): ${parts.filter(Boolean).join('; ')}\n    English:     "${around(items(source).join(' | '), lost[0] ?? added[0])}"\n    translation: "${around(items(translation).join(' | '), added[0] ?? lost[0])}"`,
    hint: 'keep the numbers of the English text as digits; phone numbers and statistics come from placeholders',
  }];
}

function checkLength(translation: Unit, source: Unit): RuleProblem[] {
  if (!Array.isArray(source) || !Array.isArray(translation) || source.length === translation.length) return [];
  return [{
    kind: 'length', level: 'warning',
    message: `has ${translation.length} items, English has ${source.length}`,
    hint: 'keep one item per English item, in the same order (notes and answers may refer to them by number)',
  }];
}

/** Numbers outside placeholders, normalized (native digits, grouping and decimal marks), so "١٢" counts as 12. */
export function numbers(unit: Unit): Set<string> {
  return new Set(numbersIn(withoutPlaceholders(items(unit).join('\n'))));
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The part of a long string around a number (its first digit), so both strings show where they differ. */
function around(text: string, number = ''): string {
  if (text.length <= 160) return text;
  const at = Math.max(0, normalizeText(text).indexOf(number.split('.')[0] ?? ''));
  const start = Math.max(0, at - 70);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 150)}${start + 150 < text.length ? '…' : ''}`;
}
