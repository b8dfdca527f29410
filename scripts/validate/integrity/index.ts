// Facts integrity for every language (issue 9): run by every build and by `npm run check`, before anything renders.
// - every string of every locale: no typed-in phone numbers, text codes, addresses, direction controls or
//   never-print items, however they are written;
// - every translation: the translator rules (same numbers and placeholders as English, plain text);
// - every region: its phone numbers are valid for the region (libphonenumber; short codes are digits only).
import type { Problems } from '../../lib/errors.js';
import type { Content } from '../../load/load.js';
import type { RegionDef } from '../../lib/schema.js';
import { flatten } from '../../lib/i18n/tree.js';
import { compareLocale, type CompareScope } from '../../lib/i18n/compare.js';
import { SOURCE_LOCALE, type LocaleFolder } from '../../lib/i18n/folders.js';
import { AUDIENCES } from '../../lib/schema.js';
import { digitsOf, isShortCode, parseForRegion, regionContacts } from './contacts.js';
import { checkText, type KnownNumber } from './strings.js';

export function checkIntegrity(content: Content, problems: Problems): void {
  const known = knownNumbers(content);
  for (const locale of content.locales.values()) {
    for (const [ns, tree] of Object.entries(locale.namespaces)) {
      for (const { key, value } of flatten(tree)) {
        for (const f of checkText(value, known)) problems.add({ file: `locales/${locale.tag}/${ns}.json`, keyPath: key, message: f.message, hint: f.hint });
      }
    }
  }
  checkTranslations(content, problems);
  for (const region of content.regions.values()) checkRegionNumbers(region, problems);
}

/** Every region's numbers, so "911" or "233733" typed into any language is named for what it is. */
function knownNumbers(content: Content): KnownNumber[] {
  return [...content.regions.values()].flatMap((region) => regionContacts(region)
    .filter((c) => c.kind === 'phone')
    .map((c) => ({ digits: digitsOf(c.value), what: `the ${region.id} number ${c.value} (content/regions/${region.id}.yaml ${c.path})` })));
}

/** The translator tool's rules, on the content the build uses: a broken translation fails the build too. */
function checkTranslations(content: Content, problems: Problems): void {
  const english = content.locales.get(SOURCE_LOCALE);
  if (!english) return;
  const folder = (tag: string): LocaleFolder => {
    const locale = content.locales.get(tag)!;
    return { tag, meta: locale.meta, namespaces: locale.namespaces, sources: {} };
  };
  const others = [...content.locales.keys()].filter((t) => t !== SOURCE_LOCALE);
  const ws: CompareScope = {
    english: folder(SOURCE_LOCALE),
    locales: new Map(others.map((t) => [t, folder(t)])),
    audiences: [...new Set([...AUDIENCES, ...content.audiences.keys()])],
  };
  for (const tag of others) {
    for (const p of compareLocale(ws, folder(tag)).problems.filter((p) => p.level === 'error')) {
      problems.add({ file: p.file, keyPath: p.key, message: p.message, hint: p.hint });
    }
  }
}

/** Full numbers must be valid in their region; a typo that drops a digit fails here, not on paper. */
function checkRegionNumbers(region: RegionDef, problems: Problems): void {
  const file = `content/regions/${region.id}.yaml`;
  for (const contact of regionContacts(region).filter((c) => c.kind === 'phone')) {
    const parsed = parseForRegion(contact.value, region.id);
    if (parsed?.validHere) continue;
    if (isShortCode(contact.value) && /^\d[\d ]*$/.test(contact.value)) continue;
    problems.add({ file, keyPath: contact.path, message: `"${contact.value}" is not a valid phone number in ${region.id}`, hint: 'copy the number exactly from ../shared/FACTS.md (short codes such as 911 or a text code: digits only)' });
  }
}
