// One reading of text for every integrity rule: the digits, separators and spacing a translator or a community
// could type in any script, reduced to ASCII digits, so "٢٣٣٣٧٣٣", "２３３３７３３" and "233 3733" read alike.

/**
 * The value of any Unicode decimal digit (\p{Nd}): digits come in runs of ten code points, 0 to 9, so its value is
 * how many digits precede it in its run (modulo 10, for the few blocks that follow each other directly).
 */
function digitValue(c: string): string {
  let cp = c.codePointAt(0)!;
  let before = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; before++; }
  return String(before % 10);
}

const DIGIT = /\p{Nd}/u;
const digitCache = new Map<string, string>();
const asciiDigit = (c: string) => {
  if (c >= '0' && c <= '9') return c;
  if (!digitCache.has(c)) digitCache.set(c, digitValue(c));
  return digitCache.get(c)!;
};

/** Arabic separators and percent sign, which NFKC leaves as they are. */
const ARABIC_MARKS = new Map([['\u066A', '%'], ['\u066B', '.'], ['\u066C', ','], ['\u060C', ',']]);

/** Directional formatting characters that change the order a number *displays* in: never allowed in input. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * NFKC (full-width and compatibility forms), every Unicode decimal digit as ASCII, Arabic separators as ASCII,
 * and no invisible format characters (bidi marks, zero-width joiners), which would otherwise split a number.
 */
export function normalizeText(text: string): string {
  return [...text.normalize('NFKC')]
    .map((c) => (DIGIT.test(c) ? asciiDigit(c) : ARABIC_MARKS.get(c) ?? c))
    .join('')
    .replace(/\p{Cf}/gu, '');
}

/** Separators people put inside or around numbers: spaces of every width, dots, commas, dashes, brackets, apostrophes. */
const SEP = `[\\s.,'’\\-‐‑‒–—()\\[\\]/·]+`;
const AROUND_DIGITS = new RegExp(`(?<=[\\p{Nd}%])${SEP}(?=[\\p{L}\\p{Nd}%])|(?<=[\\p{L}%])${SEP}(?=\\p{Nd})`, 'gu');

/**
 * The form the never-print list is matched in: normalized, lower case, separators next to digits removed and
 * other spacing collapsed. "4,8 millones", "4.8 million" and "4 .8 Million" all contain "48million".
 */
export function canonical(text: string): string {
  return normalizeText(text).toLowerCase().replace(AROUND_DIGITS, '').replace(/\s+/g, ' ');
}

/**
 * The numbers in a text, as a translation-QA tool compares them: grouped digits joined ("7,499", "7 499" and
 * "7.499" are 7499), a decimal written with either mark ("4,8" and "4.8" are 4.8).
 */
export function numbersIn(text: string): string[] {
  // a space groups digits only before exactly three more ("7 499"); "5 6" are two numbers
  const run = /\d+(?:(?:[.,']|[\u00a0\u202f ](?=\d{3}(?!\d)))\d+)*/g;
  return [...normalizeText(text).matchAll(run)].map(([number]) => {
    const groups = number.split(/[.,'\u00a0\u202f ]/);
    if (groups.slice(1).every((g) => g.length === 3)) return groups.join('');
    return groups.length === 2 ? `${groups[0]}.${groups[1]}` : groups.join('.');
  });
}
