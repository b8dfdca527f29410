// `new <tag>`: start a locale folder with a guessed meta.json, so a translator begins with one command.
import { join } from 'node:path';
import { createFolderAtomicSync } from '../write/write.js';
import { KitError } from '../lib/errors.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import type { LocaleMeta } from '../lib/schema.js';
import { localeDir, regionalParent, toJson, type Workspace } from './locales.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);
/** Unicode script -> the font set the PDF engine and deck use (content/schema.ts, localeMetaSchema). */
const FONT_SCRIPT: Record<string, LocaleMeta['script']> = { Arab: 'arabic', Hans: 'han', Hant: 'han', Hani: 'han', Cyrl: 'cyrillic', Latn: 'latin' };

export interface Scaffolded {
  dir: string;
  files: string[];
  /** For a regional folder: the language folder it falls back to. */
  parent?: string;
  notes: string[];
}

export function guessMeta(tag: string): { meta: LocaleMeta; notes: string[] } {
  const locale = new Intl.Locale(tag);
  const script = locale.script ?? locale.maximize().script ?? 'Latn';
  const notes: string[] = [];
  const fontScript = FONT_SCRIPT[script];
  if (!fontScript) notes.push(`the ${script} script has no font set yet; "script" is set to latin, check PDFs and ask for fonts (see TRANSLATING.md)`);
  const meta: LocaleMeta = {
    name: new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag,
    nativeName: new Intl.DisplayNames(tag, { type: 'language' }).of(tag) ?? tag,
    dir: RTL_LANGUAGES.has(locale.language) || RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr',
    script: fontScript ?? 'latin',
    status: 'draft',
    translators: [],
    // Kits built by --all; a language folder gets its regions from the translator (step 1 of the next steps).
    regions: locale.region ? [locale.region] : [],
  };
  return { meta, notes };
}

export function scaffold(ws: Workspace, tag: string): Scaffolded {
  const dir = localeDir(tag);
  if (tag === SOURCE_LOCALE) throw new KitError({ file: dir, message: 'English is the source; it is edited directly, not scaffolded', hint: 'pick the tag of the language to translate into, e.g. de or es-MX' });
  const existing = ws.reader.list('locales').find((n) => n.toLowerCase() === tag.toLowerCase());
  if (existing) throw new KitError({ file: localeDir(existing), message: 'already exists; nothing was changed', hint: `see what is left with: npm run i18n -- status ${existing}` });
  const { regional, parent } = regionalParent(tag, ws);
  if (regional && !parent) {
    const language = new Intl.Locale(tag).language;
    throw new KitError({ file: dir, message: `is a regional variant, and it only holds the strings that differ from locales/${language}`, hint: `start the language first: npm run i18n -- new ${language}` });
  }
  const { meta, notes } = guessMeta(tag);
  const files: Record<string, unknown> = { 'meta.json': meta, '_sources.json': {} };
  if (!regional) for (const ns of Object.keys(ws.english.namespaces)) files[`${ns}.json`] = {};
  createFolderAtomicSync(join(ws.root, dir), Object.fromEntries(Object.entries(files).map(([name, data]) => [name, toJson(data)])));
  return { dir, files: Object.keys(files).sort(), ...(regional ? { parent } : {}), notes };
}

export function nextSteps(result: Scaffolded, tag: string): string[] {
  const kit = new Intl.Locale(tag).region ? tag : `${tag}-US`;
  const only = result.parent ? ` Only add the strings that differ from locales/${result.parent}; the rest falls back to it.` : '';
  return [
    `Created ${result.dir}/ with ${result.files.join(', ')}.`,
    ...result.notes.map((n) => `Note: ${n}.`),
    '',
    'Next steps:',
    `  1. Check ${result.dir}/meta.json (name, nativeName, dir, script), add your name to "translators"`,
    `     and the regions to build kits for with --all (e.g. "regions": ["US"] makes ${kit}).`,
    `  2. See what to translate, with the English text and context:  npm run i18n -- todo ${tag}`,
    `  3. Translate into ${result.dir}/<file>.json, using the same keys as locales/en.${only}`,
    `  4. Check your work (placeholders, numbers, plain text):         npm run i18n -- check ${tag}`,
    `  5. Record which English each string was made from:             npm run i18n -- stamp ${tag}`,
    `  6. Build a kit to see it, e.g.:                                 npm run build -- -k ${kit} -o slides,guide`,
    'A reviewer who is not the translator signs off by setting "status": "reviewed" and "reviewedBy" (see TRANSLATING.md).',
  ];
}
