// The locale folders as translators see them: strings, meta, recorded source hashes and the English context notes.
// Read on their own (not through loadContent) so the translator tools work while other content is mid-edit.
import { z } from 'zod';
import { Problems } from '../lib/errors.js';
import { fsReader, type Reader } from '../lib/reader.js';
import { checkSchema, parseFile } from '../load/parse.js';
import { AUDIENCES, localeMetaSchema } from '../lib/schema.js';
import type { StringTree } from '../lib/i18n/tree.js';
import { SOURCE_LOCALE, localeDir, type LocaleFolder } from '../lib/i18n/folders.js';

export { localeDir, nsFile, regionalParent, type LocaleFolder, type SourceHashes } from '../lib/i18n/folders.js';

/** namespace (or "*" for every module namespace) -> key or pattern -> description for translators. */
export type ContextNotes = Record<string, Record<string, string>>;

export interface Workspace {
  root: string;
  reader: Reader;
  english: LocaleFolder;
  /** Every locale folder but English, by tag. */
  locales: Map<string, LocaleFolder>;
  context: ContextNotes;
  /** Audience ids, the i18next context suffixes (key_youth). */
  audiences: string[];
  /** Module ids (content/modules/<id>.yaml): each has a namespace of slide strings. */
  modules: string[];
}

const stringTree: z.ZodType<StringTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.array(z.string()), stringTree])),
);
const nested = z.record(z.string(), z.record(z.string(), z.string()));
const SIDE_FILES = new Set(['meta.json', '_context.json', '_sources.json']);


export function loadWorkspace(root: string): Workspace {
  const reader = fsReader(root);
  const problems = new Problems();
  const locales = new Map<string, LocaleFolder>();
  for (const tag of reader.list('locales').filter((n) => reader.isDir(localeDir(n)))) {
    const folder = loadFolder(reader, tag, problems);
    if (folder) locales.set(tag, folder);
  }
  const contextFile = `${localeDir(SOURCE_LOCALE)}/_context.json`;
  const context = reader.exists(contextFile) ? checkSchema(nested, parseFile(reader, contextFile, problems), contextFile, problems) : {};
  problems.throwIfAny();
  const english = locales.get(SOURCE_LOCALE);
  if (!english) {
    problems.add({ file: localeDir(SOURCE_LOCALE), message: 'the English source locale is missing', hint: 'run the tools from the project folder, or pass --content <dir>' });
    problems.throwIfAny();
  }
  locales.delete(SOURCE_LOCALE);
  return { root, reader, english: english!, locales, context: context ?? {}, audiences: audienceIds(reader), modules: yamlIds(reader, 'content/modules') };
}

function loadFolder(reader: Reader, tag: string, problems: Problems): LocaleFolder | undefined {
  const dir = localeDir(tag);
  const metaFile = `${dir}/meta.json`;
  const meta = checkSchema(localeMetaSchema, parseFile(reader, metaFile, problems), metaFile, problems);
  const namespaces: Record<string, StringTree> = {};
  for (const name of reader.list(dir).filter((n) => n.endsWith('.json') && !SIDE_FILES.has(n))) {
    const tree = checkSchema(stringTree, parseFile(reader, `${dir}/${name}`, problems), `${dir}/${name}`, problems);
    if (tree) namespaces[name.replace(/\.json$/, '')] = tree;
  }
  const sourcesFile = `${dir}/_sources.json`;
  const sources = reader.exists(sourcesFile) ? checkSchema(nested, parseFile(reader, sourcesFile, problems), sourcesFile, problems) : {};
  return meta ? { tag, meta, namespaces, sources: sources ?? {} } : undefined;
}

/** The standard audiences plus any community profile in content/audiences. */
function audienceIds(reader: Reader): string[] {
  return [...new Set([...AUDIENCES, ...yamlIds(reader, 'content/audiences')])];
}

const yamlIds = (reader: Reader, dir: string) => reader.list(dir).filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, ''));

/** Stable JSON for files people diff and review: two-space indent, newline at the end. */
export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 2) + '\n';
}
