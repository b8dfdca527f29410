// What a build's files were made from, recorded in manifest.json so that outputs of different inputs (two
// machines on different commits) are never merged into one kit page.
import { sha256 } from '../lib/hash.js';
import type { Reader } from '../lib/reader.js';

export interface BuildSource {
  /** This project's version (package.json). */
  version: string;
  /** One hash over content/, locales/, the kit config and its logo, and templates/. */
  contentHash: string;
}

export function buildSource(content: Reader, project: Reader, configFile?: string, logo?: string): BuildSource {
  const version = project.exists('package.json') ? String((JSON.parse(project.readText('package.json')) as { version?: unknown }).version ?? '') : '';
  const entries = [
    ...filesBelow(content, 'content'), ...filesBelow(content, 'locales'), ...filesBelow(project, 'templates'),
    ...(configFile && content.exists(configFile) ? [{ name: 'kit config', reader: content, path: configFile }] : []),
    ...(logo && content.exists(logo) ? [{ name: 'logo', reader: content, path: logo }] : []),
  ];
  // named by role, not by absolute path, so two checkouts in different folders agree
  return { version, contentHash: sha256(...entries.map((e) => `${e.name}\0${sha256(e.reader.readBytes(e.path))}\n`)) };
}

/**
 * One hash over the code that turns content into files: scripts/ and the exact package versions (fonts, pdf-lib,
 * Slidev). With the content hash it keys every rendered artifact: same key, same bytes, nothing to redo.
 */
export function codeHash(project: Reader): string {
  const entries = [...filesBelow(project, 'scripts'), { name: 'package-lock.json', reader: project, path: 'package-lock.json' }]
    .filter((e) => e.reader.exists(e.path));
  return sha256(...entries.map((e) => `${e.name}\0${sha256(e.reader.readBytes(e.path))}\n`));
}

function filesBelow(reader: Reader, dir: string): Array<{ name: string; reader: Reader; path: string }> {
  return reader.list(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    return reader.isDir(path) ? filesBelow(reader, path) : [{ name: path, reader, path }];
  });
}
