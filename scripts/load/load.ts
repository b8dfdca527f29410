// Load every content, locale and config file through one reader. Schema problems are collected, not thrown.
import { z } from 'zod';
import type { StringTree } from '../lib/i18n/tree.js';
import { Problems } from '../lib/errors.js';
import type { Reader } from '../lib/reader.js';
import { checkSchema, parseFile } from './parse.js';
import {
  AUDIENCES, audienceSchema, evaluationSchema, factsSchema, kitConfigSchema, localeMetaSchema, moduleSchema, regionSchema,
  type AudienceDef, type EvaluationDef, type FactsDef, type KitConfig, type LocaleMeta, type ModuleDef, type RegionDef,
} from '../lib/schema.js';

export type { StringTree };

export interface LocaleData {
  tag: string;
  meta: LocaleMeta;
  /** namespace -> strings */
  namespaces: Record<string, StringTree>;
}

export interface Content {
  audiences: Map<string, AudienceDef>;
  modules: Map<string, ModuleDef>;
  /** The pre/post questionnaire of each audience, by audience id (content/evaluation/<audience>.yaml). */
  evaluations: Map<string, EvaluationDef>;
  regions: Map<string, RegionDef>;
  facts: FactsDef;
  locales: Map<string, LocaleData>;
  config: KitConfig;
  /** Where the config came from (paths in it resolve from there); undefined for defaults. */
  configFile?: string;
}

const stringTree: z.ZodType<StringTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.array(z.string()), stringTree])),
);

/** Files in a locale folder that are not string namespaces. */
const LOCALE_SIDE_FILES = new Set(['meta.json', '_context.json', '_sources.json']);

export function loadContent(reader: Reader, configFile?: string): Content {
  const problems = new Problems();
  const content: Content = {
    audiences: inCanonicalOrder(loadFolder(reader, 'content/audiences', audienceSchema, problems)),
    modules: loadFolder(reader, 'content/modules', moduleSchema, problems),
    evaluations: loadFolder(reader, 'content/evaluation', evaluationSchema, problems),
    regions: loadFolder(reader, 'content/regions', regionSchema, problems),
    facts: checkSchema(factsSchema, parseFile(reader, 'content/facts.yaml', problems), 'content/facts.yaml', problems)
      ?? { sources: {}, stats: {} },
    locales: loadLocales(reader, problems),
    config: loadConfig(reader, configFile, problems),
    configFile: configFile ?? (reader.exists('kit.config.yaml') ? 'kit.config.yaml' : undefined),
  };
  problems.throwIfAny();
  return content;
}

function loadFolder<S extends z.ZodType<{ id: string }>>(reader: Reader, dir: string, schema: S, problems: Problems): Map<string, z.infer<S>> {
  const items = new Map<string, z.infer<S>>();
  for (const name of reader.list(dir).filter((n) => n.endsWith('.yaml'))) {
    const file = `${dir}/${name}`;
    const item = checkSchema(schema, parseFile(reader, file, problems), file, problems);
    if (!item) continue;
    const expected = name.replace(/\.yaml$/, '');
    if (item.id !== expected) {
      problems.add({ file, keyPath: 'id', message: `is "${item.id}" but the file is named ${name}`, hint: `set id: ${expected} or rename the file` });
    }
    items.set(item.id, item);
  }
  return items;
}

/** The four standard audiences first, in teaching order; community-added profiles after them. */
function inCanonicalOrder<T>(map: Map<string, T>): Map<string, T> {
  const rank = (id: string) => (AUDIENCES as readonly string[]).indexOf(id) >>> 0; // -1 sorts last
  return new Map([...map.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

function loadLocales(reader: Reader, problems: Problems): Map<string, LocaleData> {
  const locales = new Map<string, LocaleData>();
  for (const tag of reader.list('locales').filter((n) => reader.isDir(`locales/${n}`))) {
    const dir = `locales/${tag}`;
    const meta = checkSchema(localeMetaSchema, parseFile(reader, `${dir}/meta.json`, problems), `${dir}/meta.json`, problems);
    const namespaces: Record<string, StringTree> = {};
    for (const name of reader.list(dir).filter((n) => n.endsWith('.json') && !LOCALE_SIDE_FILES.has(n))) {
      const tree = checkSchema(stringTree, parseFile(reader, `${dir}/${name}`, problems), `${dir}/${name}`, problems);
      if (tree) namespaces[name.replace(/\.json$/, '')] = tree;
    }
    if (meta) locales.set(tag, { tag, meta, namespaces });
  }
  return locales;
}

function loadConfig(reader: Reader, configFile: string | undefined, problems: Problems): KitConfig {
  const file = configFile ?? (reader.exists('kit.config.yaml') ? 'kit.config.yaml' : undefined);
  const data = file ? parseFile(reader, file, problems) : {};
  return checkSchema(kitConfigSchema, data ?? {}, file ?? 'kit.config.yaml', problems) ?? kitConfigSchema.parse({});
}
