// The never-print list (scripts/validate/forbidden.yaml), matched in any language, digit system and spacing.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { canonical } from '../../lib/normalize.js';

const forbiddenSchema = z.array(z.strictObject({
  text: z.string().min(3),
  why: z.string(),
  /** Other wordings of the same item: translations, other number formats. */
  variants: z.array(z.string().min(2)).default([]),
}));

export interface NeverPrint {
  /** The item as FACTS.md or the messaging rules name it. */
  text: string;
  why: string;
  /** The wording that matched (the item itself or one of its variants). */
  matched: string;
}

interface Pattern { item: { text: string; why: string }; wording: string; re: RegExp }

/** Loaded from beside the checker, never from the content tree: the list is policy, not content. */
const PATTERNS: Pattern[] = forbiddenSchema
  .parse(parse(readFileSync(new URL('../forbidden.yaml', import.meta.url), 'utf8')))
  .flatMap((item) => [item.text, ...item.variants].map((wording) => ({ item, wording, re: patternFor(wording) })));

/**
 * A wording that starts or ends with a digit must not be part of a longer number ("48million" is not in
 * "148million"); one that starts with a Latin letter must start a word ("two years" is not in "twenty-two years").
 * Words in scripts without spaces (Chinese) match anywhere.
 */
function patternFor(wording: string): RegExp {
  const form = canonical(wording);
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^\d/.test(form) ? '(?<!\\d)' : /^\p{Script=Latin}/u.test(form) ? '(?<![\\p{L}\\p{N}-])' : '';
  return new RegExp(`${before}${escaped}${/\d$/.test(form) ? '(?!\\d)' : ''}`, 'u');
}

/** Every never-print item a text contains, however it is written. */
export function neverPrintIn(text: string): NeverPrint[] {
  const form = canonical(text);
  const found = new Map<string, NeverPrint>();
  for (const { item, wording, re } of PATTERNS) {
    if (!found.has(item.text) && re.test(form)) found.set(item.text, { text: item.text, why: item.why, matched: wording });
  }
  return [...found.values()];
}

export function describeNeverPrint(hit: NeverPrint): string {
  const as = hit.matched === hit.text ? '' : ` (written as "${hit.matched}")`;
  return `contains "${hit.text}"${as}, which must never be printed`;
}
