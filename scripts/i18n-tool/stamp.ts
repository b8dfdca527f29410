// `stamp <tag> [ns] [key...]`: record the hash of the English each translated string was made from, so a later
// change to the English shows the string as outdated. Stamping says "I checked these against the current English".
import { join } from 'node:path';
import { writeFileAtomicSync } from '../write/write.js';
import { compareLocale } from '../lib/i18n/compare.js';
import { localeDir, toJson, type LocaleFolder, type SourceHashes, type Workspace } from './locales.js';
import { sourceHash } from '../lib/i18n/units.js';

export interface Stamped {
  file: string;
  /** Keys whose recorded hash changed (they were outdated or never stamped). */
  updated: string[];
  total: number;
}

export function stamp(ws: Workspace, folder: LocaleFolder, ns?: string, keys: string[] = []): Stamped {
  const report = compareLocale(ws, folder);
  const present = [...report.translated, ...report.outdated]
    .filter((r) => (!ns || r.ns === ns) && (keys.length === 0 || keys.includes(r.key)));
  const hashes = startFrom(folder.sources, ns, keys.length > 0);
  const updated: string[] = [];
  for (const ref of present) {
    const hash = sourceHash(ref.source!);
    if (folder.sources[ref.ns]?.[ref.key] !== hash) updated.push(`${ref.ns}:${ref.key}`);
    (hashes[ref.ns] ??= {})[ref.key] = hash;
  }
  const file = `${localeDir(folder.tag)}/_sources.json`;
  writeFileAtomicSync(join(ws.root, file), toJson(sorted(hashes)));
  return { file, updated, total: present.length };
}

/** A full stamp starts afresh (dropping keys no longer translated); a narrowed one keeps the rest. */
function startFrom(old: SourceHashes, ns: string | undefined, byKey: boolean): SourceHashes {
  if (byKey) return structuredClone(old);
  if (!ns) return {};
  const { [ns]: _dropped, ...rest } = old;
  return structuredClone(rest);
}

/** Sorted keys, so the file diffs cleanly. */
function sorted(hashes: SourceHashes): SourceHashes {
  return Object.fromEntries(Object.keys(hashes).sort().map((ns) => [
    ns, Object.fromEntries(Object.entries(hashes[ns]!).sort(([a], [b]) => a.localeCompare(b))),
  ]));
}

/** Keys named on the command line that the locale does not translate, to warn about typos. */
export function unknownKeys(ws: Workspace, folder: LocaleFolder, ns: string | undefined, keys: string[]): string[] {
  if (keys.length === 0) return [];
  const report = compareLocale(ws, folder);
  const known = new Set([...report.translated, ...report.outdated].filter((r) => !ns || r.ns === ns).map((r) => r.key));
  return keys.filter((k) => !known.has(k));
}
