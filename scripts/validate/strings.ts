// Required English strings: a key must hold text (a string, or a list of them) for everyone who sees it.
import type { Problems } from '../lib/errors.js';
import type { StringTree } from '../load/load.js';

/** The key, or for each audience that needs it its variant (`<key>_<audience>`), must hold text. */
export function requireString(tree: StringTree, key: string, audiences: string[], file: string, problems: Problems): void {
  const present = (k: string) => {
    const value = lookup(tree, k);
    return typeof value === 'string' || (Array.isArray(value) && value.length > 0);
  };
  const missing = audiences.length === 0 ? (present(key) ? [] : ['all']) : audiences.filter((a) => !present(key) && !present(`${key}_${a}`));
  if (missing.length > 0) {
    const parts = key.split('.');
    problems.add({ file, keyPath: key, message: `is missing${missing[0] === 'all' ? '' : ` for ${missing.join(', ')}`}`, hint: `add "${parts.at(-1)}" (or a variant such as "${parts.at(-1)}_${audiences[0] ?? 'youth'}") under "${parts.slice(0, -1).join('.') || '(top level)'}"` });
  }
}

function lookup(tree: StringTree, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
