// Warnings collected during a build and printed once: missing translations, drafts, region facts to check.
import type { Content } from '../load/load.js';
import type { Kit } from '../load/kit.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import { flatten } from '../lib/i18n/tree.js';
import { checkAt, datedEntries } from '../load/regions.js';

const STALE_AFTER_DAYS = 365;

/** A key without its array index or plural suffix: languages need different plural forms (zh: only _other). */
const unitOf = (key: string) => key.replace(/\.\d+$/, '').replace(/_(zero|one|two|few|many|other)$/, '');

/** English keys that no locale in the kit's chain (before English) translates. */
export function missingTranslations(kit: Kit, content: Content): string[] {
  const own = kit.chain.filter((t) => t !== SOURCE_LOCALE).map((t) => content.locales.get(t));
  if (own.length === 0) return [];
  const english = content.locales.get(SOURCE_LOCALE)?.namespaces ?? {};
  const missing: string[] = [];
  for (const [ns, tree] of Object.entries(english)) {
    const have = new Set(own.flatMap((l) => (l?.namespaces[ns] ? flatten(l.namespaces[ns]).map((s) => unitOf(s.key)) : [])));
    for (const { key } of flatten(tree)) {
      if (!have.has(unitOf(key))) missing.push(`${ns}:${unitOf(key)}`);
    }
  }
  return [...new Set(missing)];
}

export function kitWarnings(kit: Kit, content: Content, today: Date): string[] {
  const warnings: string[] = [];
  const missing = missingTranslations(kit, content);
  if (missing.length > 0) {
    warnings.push(`${kit.tag}: ${missing.length} strings fall back to English (first: ${missing.slice(0, 3).join(', ')}); run npm run i18n -- status`);
  }
  if (kit.locale.meta.status === 'draft') warnings.push(`${kit.tag}: the ${kit.locale.meta.name} translation is a draft, not yet reviewed`);
  return [...warnings, ...regionChecks(kit, today), ...crisisLineCheck(kit)];
}

/** A kit whose region data has no crisis line prints none (never a made-up one): the facilitator finds a local one. */
function crisisLineCheck(kit: Kit): string[] {
  if (kit.region.crisis) return [];
  return [`${kit.tag}: no crisis line for participants in content/regions/${kit.region.id}.yaml: its guides and handouts print none, and the guide's local contacts sheet has a line to write one in; add "crisis" to the region file only from a line ../shared/FACTS.md confirms`];
}

/**
 * Region entries checked only against FACTS.md, or not verified within a year: the facilitator must check them at
 * the source before printing. One warning each per kit, naming the region file.
 */
function regionChecks(kit: Kit, today: Date): string[] {
  const { region } = kit;
  const file = `content/regions/${region.id}.yaml`;
  const entries = datedEntries(region);
  const warnings: string[] = [];
  const factsOnly = entries.filter((e) => e.verified.against === 'FACTS.md');
  if (factsOnly.length > 0) {
    const dates = [...new Set(factsOnly.map((e) => e.verified.date))].join(', ');
    warnings.push(`${kit.tag}: ${file}: ${factsOnly.length} of ${entries.length} entries were checked only against FACTS.md (${dates}), not at their source: check them at ${checkAt(region)} before printing, then record verified: { date, against: source }`);
  }
  const stale = entries.filter((e) => (today.getTime() - Date.parse(e.verified.date)) / 86_400_000 > STALE_AFTER_DAYS);
  if (stale.length > 0) {
    warnings.push(`${file}: ${stale.map((e) => `${e.path} (verified ${e.verified.date})`).join(', ')} not verified in the last year; check them at ${checkAt(region)} and update "verified"`);
  }
  return warnings;
}
