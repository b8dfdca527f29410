// The one way content is read, so tests can hand in any tree and paths in errors stay relative.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Reader {
  /** Root folder; errors show paths relative to it. */
  readonly root: string;
  readText(path: string): string;
  readBytes(path: string): Uint8Array;
  /** File and folder names directly inside `dir`, sorted; [] when it does not exist. */
  list(dir: string): string[];
  exists(path: string): boolean;
  isDir(path: string): boolean;
}

export function fsReader(root: string): Reader {
  const abs = (p: string) => join(root, p);
  return {
    root,
    readText: (p) => readFileSync(abs(p), 'utf8'),
    readBytes: (p) => new Uint8Array(readFileSync(abs(p))),
    list: (d) => (existsSync(abs(d)) ? readdirSync(abs(d)).sort() : []),
    exists: (p) => existsSync(abs(p)),
    isDir: (p) => existsSync(abs(p)) && statSync(abs(p)).isDirectory(),
  };
}
