// Compare one locale folder with English: what is translated, missing, outdated or extra, and what breaks a rule.
import type { LocaleMeta } from '../schema.js';
import { nsFile, regionalParent, type LocaleFolder } from './folders.js';
import { checkUnit, type RuleProblem } from './rules.js';
import {
  expectedKeys, inEnglishOrder, pluralCategories, sourceHash, splitPlural, units, variantSource, type Expected, type Unit,
} from './units.js';

export interface KeyRef {
  ns: string;
  key: string;
  /** The English text it is translated from (absent for extra keys). */
  source?: Unit;
  /** An audience variant English does not have (measured against its base key). */
  variant?: boolean;
  /** For a plural form: the key without its suffix. */
  pluralOf?: string;
}

export interface RuleFinding extends RuleProblem {
  file: string;
  key: string;
}

export interface LocaleReport {
  tag: string;
  meta: LocaleMeta;
  /** Regional folders hold overrides only: nothing in them is "missing". */
  regional: boolean;
  parent?: string;
  /** Keys a full translation has (English keys, plural groups in this language's forms); 0 for regional folders. */
  total: number;
  /** Present and made from the current English text (audience variants English lacks included, flagged). */
  translated: KeyRef[];
  /** Present, but English changed since (or no hash was recorded by `stamp`). */
  outdated: KeyRef[];
  missing: KeyRef[];
  extra: Array<KeyRef & { why: string }>;
  /** Plural groups with some but not all of the language's forms. */
  brokenPlurals: Array<{ ns: string; base: string; lacking: string[]; needed: string[] }>;
  problems: RuleFinding[];
}

/** What a comparison reads of the workspace (the build hands in its validated content in this shape). */
export interface CompareScope {
  english: LocaleFolder;
  /** Every locale folder but English, by tag. */
  locales: Map<string, LocaleFolder>;
  /** Audience ids, the i18next context suffixes (key_youth). */
  audiences: string[];
}

export function compareLocale(ws: CompareScope, folder: LocaleFolder): LocaleReport {
  const { regional, parent } = regionalParent(folder.tag, ws);
  const report: LocaleReport = {
    tag: folder.tag, meta: folder.meta, regional, parent, total: 0,
    translated: [], outdated: [], missing: [], extra: [], brokenPlurals: [], problems: [],
  };
  for (const [ns, tree] of Object.entries(ws.english.namespaces)) {
    compareNamespace(ws, folder, ns, units(tree), report);
  }
  for (const ns of Object.keys(folder.namespaces).filter((n) => !ws.english.namespaces[n])) {
    for (const key of units(folder.namespaces[ns]!).keys()) {
      report.extra.push({ ns, key, why: `there is no English file locales/en/${ns}.json` });
    }
  }
  return report;
}

function compareNamespace(ws: CompareScope, folder: LocaleFolder, ns: string, english: Map<string, Unit>, report: LocaleReport): void {
  const expected = expectedKeys(english, folder.tag);
  const own = units(folder.namespaces[ns] ?? {});
  const recorded = folder.sources[ns] ?? {};
  for (const key of inEnglishOrder(own.keys(), english)) {
    const direct = expected.get(key);
    const found = direct ?? variantSource(key, expected, ws.audiences);
    if (!found) {
      report.extra.push({ ns, key, why: extraReason(key, english, folder.tag) });
      continue;
    }
    const ref: KeyRef = { ns, key, source: found.source, ...(direct ? {} : { variant: true }) };
    checkRules(own.get(key)!, found, ns, key, folder.tag, report, report.regional);
    (recorded[key] === sourceHash(found.source) ? report.translated : report.outdated).push(ref);
  }
  if (!report.regional) {
    report.total += expected.size;
    for (const key of inEnglishOrder(expected.keys(), english)) {
      const { source, pluralBase } = expected.get(key)!;
      if (!own.has(key)) report.missing.push({ ns, key, source, ...(pluralBase ? { pluralOf: pluralBase } : {}) });
    }
  }
  findBrokenPlurals(ns, expected, own, folder.tag, report);
  if (report.regional) findShadowedVariants(ns, own, english, ws.audiences, folder.tag, report);
}

/**
 * i18next looks up key_youth, then key, in each locale of the chain in turn: a plain key in a regional folder
 * therefore hides the language's and English's audience variants. Warn, so the variants are overridden too.
 */
function findShadowedVariants(ns: string, own: Map<string, Unit>, english: Map<string, Unit>, audiences: readonly string[], tag: string, report: LocaleReport): void {
  for (const key of own.keys()) {
    const hidden = audiences.filter((a) => english.has(`${key}_${a}`) && !own.has(`${key}_${a}`));
    if (hidden.length === 0) continue;
    report.problems.push({
      kind: 'shape', level: 'warning', file: nsFile(tag, ns), key,
      message: `hides the ${hidden.join(', ')} variant${hidden.length > 1 ? 's' : ''} of the language: those audiences would see this text`,
      hint: `override ${hidden.map((a) => `${key}_${a}`).join(', ')} here too (copy them if they need no change)`,
    });
  }
}

function checkRules(translation: Unit, found: Expected, ns: string, key: string, tag: string, report: LocaleReport, regional: boolean): void {
  const category = found.pluralBase ? splitPlural(key)?.category : undefined;
  for (const problem of checkUnit(translation, found.source, category, regional)) {
    report.problems.push({ ...problem, file: nsFile(tag, ns), key });
  }
}

function extraReason(key: string, english: Map<string, Unit>, tag: string): string {
  const plural = splitPlural(key);
  if (plural && english.has(`${plural.base}_other`)) {
    return `"${plural.category}" is not a plural form of ${tag} (it uses ${pluralCategories(tag).join(', ')}), so it is never shown`;
  }
  if (english.has(`${key}_other`)) return 'English has plural forms for this key; translate each form (key_one, key_other, ...)';
  return 'English has no such key (renamed or removed?)';
}

/** A plural group the translation started must have every form the language needs. */
function findBrokenPlurals(ns: string, expected: Map<string, Expected>, own: Map<string, Unit>, tag: string, report: LocaleReport): void {
  const bases = new Set([...expected.values()].flatMap((e) => (e.pluralBase ? [e.pluralBase] : [])));
  const needed = pluralCategories(tag);
  for (const base of bases) {
    const lacking = needed.filter((c) => !own.has(`${base}_${c}`));
    if (lacking.length > 0 && lacking.length < needed.length) report.brokenPlurals.push({ ns, base, lacking, needed });
  }
}

/** Up-to-date translations of English keys: what counts towards complete (variants English lacks do not). */
export const translatedCount = (report: LocaleReport) => report.translated.filter((r) => !r.variant).length;

export function percentComplete(report: LocaleReport): number {
  return report.total === 0 ? 100 : Math.floor((100 * translatedCount(report)) / report.total);
}
