// Warnings collected during a build and printed once: missing translations, stale facts, drafts.
import type { Content } from '../content/load.js';
import type { Kit } from './kit.js';
import { SOURCE_LOCALE } from './kit.js';
import { flatten } from '../i18n/tree.js';

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
  return [...warnings, ...staleFacts(kit, today)];
}

/** Region facts not verified within a year: the facilitator must check them before printing. */
function staleFacts(kit: Kit, today: Date): string[] {
  const { region } = kit;
  const entries: Array<[string, string]> = [
    ['emergency', region.emergency.verified],
    ['hotline.call', region.hotline.call.verified],
    ['hotline.web', region.hotline.web.verified],
    ...(region.hotline.text ? [['hotline.text', region.hotline.text.verified] as [string, string]] : []),
  ];
  const stale = entries.filter(([, date]) => (today.getTime() - Date.parse(date)) / 86_400_000 > STALE_AFTER_DAYS);
  if (stale.length === 0) return [];
  return [`content/regions/${region.id}.yaml: ${stale.map(([k, d]) => `${k} (verified ${d})`).join(', ')} not verified in the last year; check them at ${region.hotline.web.url} and update "verified"`];
}
