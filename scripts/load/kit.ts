// A kit is a BCP 47 tag: the language picks the translations, the region picks the hotlines.
import { KitError } from '../lib/errors.js';
import type { Content, LocaleData } from './load.js';
import type { RegionDef } from '../lib/schema.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';

export interface Kit {
  tag: string;
  region: RegionDef;
  /** Locale folders to look in, most specific first, always ending in "en". */
  chain: string[];
  /** The most specific locale folder found (its meta gives direction, script and review status). */
  locale: LocaleData;
  /** Language tag for Intl and the document language, e.g. "es-MX" or "zh-Hans". */
  lang: string;
}

export { SOURCE_LOCALE };

export function resolveKit(tag: string, content: Content, where = 'command line'): Kit {
  const code = where === 'command line' ? 'usage' : 'content'; // a tag typed on the command line is a usage mistake
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch (cause) {
    throw new KitError({ code, file: where, keyPath: 'kits', message: `"${tag}" is not a BCP 47 language tag`, hint: 'write it like en-US, es-MX or zh-Hans-US', cause });
  }
  if (!parsed.region) {
    throw new KitError({ code, file: where, keyPath: 'kits', message: `"${tag}" has no region`, hint: `add the region whose hotlines to print, e.g. ${parsed.language}-US` });
  }
  const region = content.regions.get(parsed.region);
  if (!region) {
    throw new KitError({ code, file: where, keyPath: 'kits', message: `no region data for ${parsed.region} (kit ${tag})`, hint: `add content/regions/${parsed.region}.yaml or use one of: ${[...content.regions.keys()].join(', ')}` });
  }
  const chain = localeChain(parsed, content);
  const first = chain[0] ?? SOURCE_LOCALE;
  if (parsed.language !== SOURCE_LOCALE && first === SOURCE_LOCALE) {
    throw new KitError({ code, file: where, keyPath: 'kits', message: `no translation for language "${parsed.language}" (kit ${tag})`, hint: `start one with: npm run i18n -- new ${parsed.language}` });
  }
  const locale = content.locales.get(first);
  if (!locale) throw new KitError({ file: 'locales/en', message: 'the English source locale is missing', hint: 'restore locales/en' });
  const lang = parsed.language === SOURCE_LOCALE ? tag : first;
  return { tag, region, chain, locale, lang };
}

function localeChain(tag: Intl.Locale, content: Content): string[] {
  const { language, script, region } = tag;
  const candidates = [
    script && region ? `${language}-${script}-${region}` : undefined,
    script ? `${language}-${script}` : undefined,
    region ? `${language}-${region}` : undefined,
    language,
    SOURCE_LOCALE,
  ];
  const found = candidates.filter((c): c is string => !!c && content.locales.has(c));
  return [...new Set(found)];
}

/** Every kit with both a locale and region data: each locale folder crossed with the regions its meta names. */
export function allKitTags(content: Content): string[] {
  const tags: string[] = [];
  for (const locale of content.locales.values()) {
    const ownRegion = new Intl.Locale(locale.tag).region;
    for (const region of locale.meta.regions.filter((r) => content.regions.has(r))) {
      tags.push(ownRegion ? locale.tag : `${locale.tag}-${region}`);
    }
  }
  return [...new Set(tags)].sort();
}
