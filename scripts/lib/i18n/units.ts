// Translation units: every leaf string is one unit, and a list (points, questions, items) is one unit too,
// because a translator translates a list as a whole and may reorder or merge its items.
import { baseKey, type StringTree } from './tree.js';
import { sha256 } from '../hash.js';

export type Unit = string | string[];

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);

/** "cover.points" -> ["...", "..."], "cover.title" -> "..." */
export function units(tree: StringTree, prefix = ''): Map<string, Unit> {
  const out = new Map<string, Unit>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string' || Array.isArray(value)) out.set(key, value);
    else for (const [k, v] of units(value, key)) out.set(k, v);
  }
  return out;
}

export const items = (unit: Unit): string[] => (Array.isArray(unit) ? unit : [unit]);

/** Short hash of an English source unit, recorded in _sources.json when a translation is stamped. */
export function sourceHash(unit: Unit): string {
  return sha256(JSON.stringify(unit)).slice(0, 16);
}

/** The plural forms a language needs, as i18next (which uses Intl.PluralRules) will look them up. */
export function pluralCategories(lang: string): string[] {
  const found = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  return PLURAL_CATEGORIES.filter((c) => found.includes(c));
}

/** "format.minutes_few" -> { base: "format.minutes", category: "few" } */
export function splitPlural(key: string): { base: string; category: string } | undefined {
  const m = PLURAL_SUFFIX.exec(key);
  return m ? { base: key.slice(0, m.index), category: m[1]! } : undefined;
}

/** What a translated key is measured against. */
export interface Expected {
  /** English key whose text is the source (for plural forms, the same form or "_other"). */
  sourceKey: string;
  source: Unit;
  /** Set for plural forms: the key without its suffix. */
  pluralBase?: string;
}

/** English plural groups: bases whose "_other" form exists (a suffix alone is not enough, it may be a word). */
export function pluralBases(english: Map<string, Unit>): Set<string> {
  const bases = new Set<string>();
  for (const key of english.keys()) {
    const p = splitPlural(key);
    if (p?.category === 'other') bases.add(p.base);
  }
  return bases;
}

/** Every key a full translation into `lang` has: English keys, with plural groups in the language's own forms. */
export function expectedKeys(english: Map<string, Unit>, lang: string): Map<string, Expected> {
  const bases = pluralBases(english);
  const out = new Map<string, Expected>();
  for (const [key, source] of english) {
    const p = splitPlural(key);
    if (!p || !bases.has(p.base)) out.set(key, { sourceKey: key, source });
  }
  for (const base of bases) {
    for (const category of pluralCategories(lang)) {
      const own = `${base}_${category}`;
      const sourceKey = english.has(own) ? own : `${base}_other`;
      out.set(own, { sourceKey, source: english.get(sourceKey)!, pluralBase: base });
    }
  }
  return out;
}

/**
 * The source of a key the translation has but English does not: an audience variant of an English key
 * (a translator may add "points_youth" where the language needs it) is measured against that key.
 */
export function variantSource(key: string, expected: Map<string, Expected>, audiences: string[]): Expected | undefined {
  const base = baseKey(key, audiences);
  return base !== key ? expected.get(base) : undefined;
}

/** Keys in the order English lists them, so reports read like the file; plural forms in CLDR order. */
export function inEnglishOrder(keys: Iterable<string>, english: Map<string, Unit>): string[] {
  const rank = new Map<string, number>();
  [...english.keys()].forEach((k, i) => {
    const p = splitPlural(k);
    const group = p && english.has(`${p.base}_other`) ? p.base : k;
    if (!rank.has(group)) rank.set(group, i);
  });
  const at = (k: string) => {
    const p = splitPlural(k);
    const group = p ? rank.get(p.base) : undefined;
    if (p && group !== undefined) return group + PLURAL_CATEGORIES.indexOf(p.category as never) / 10;
    return rank.get(k) ?? Infinity;
  };
  return [...keys].sort((a, b) => at(a) - at(b) || a.localeCompare(b));
}
