// Locale folders as data: what the build's checks and the translator tools both compare (locales/<tag>/).
import type { LocaleMeta } from '../schema.js';
import type { StringTree } from './tree.js';

/** English is the source every translation is measured against. */
export const SOURCE_LOCALE = 'en';

/** namespace -> key -> hash of the English source string the translation was made from. */
export type SourceHashes = Record<string, Record<string, string>>;

export interface LocaleFolder {
  tag: string;
  meta: LocaleMeta;
  namespaces: Record<string, StringTree>;
  sources: SourceHashes;
}

export const localeDir = (tag: string) => `locales/${tag}`;
export const nsFile = (tag: string, ns: string) => `locales/${tag}/${ns}.json`;

/**
 * A regional folder (es-MX, en-GB) holds only overrides of its language folder. Its parent is the nearest
 * existing folder without the region: es-MX -> es, zh-Hans-SG -> zh-Hans, then zh.
 */
export function regionalParent(tag: string, ws: { locales: Map<string, LocaleFolder> }): { regional: boolean; parent?: string } {
  const locale = new Intl.Locale(tag);
  if (!locale.region) return { regional: false };
  const candidates = [locale.script ? `${locale.language}-${locale.script}` : undefined, locale.language];
  const parent = candidates.find((c) => c && (c === SOURCE_LOCALE || ws.locales.has(c)));
  return { regional: true, parent };
}

