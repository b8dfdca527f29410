// Translator descriptions from locales/en/_context.json: { "<ns>": { "<key or pattern>": "description" } }.
// A "*" segment in a pattern matches one key segment ("*.points" matches "goals.points"); the namespace "*"
// applies to every namespace. Exact keys win over patterns, and a namespace's own notes over "*".
import { baseKey } from './tree.js';
import { splitPlural } from './units.js';
import type { ContextNotes } from './locales.js';

export function describe(notes: ContextNotes, ns: string, key: string, audiences: string[]): string | undefined {
  const keys = lookupKeys(key, audiences);
  for (const scope of [notes[ns], notes['*']]) {
    if (!scope) continue;
    for (const k of keys) if (scope[k] !== undefined) return scope[k];
    for (const k of keys) {
      const hit = Object.entries(scope).find(([pattern]) => pattern.includes('*') && matchesPattern(pattern, k));
      if (hit) return hit[1];
    }
  }
  return undefined;
}

/** The key, then the key without audience variant, then its plural group ("minutes_few" -> "minutes", "minutes_other"). */
function lookupKeys(key: string, audiences: string[]): string[] {
  const plain = baseKey(key, audiences);
  const plural = splitPlural(plain);
  return [...new Set([key, plain, ...(plural ? [plural.base, `${plural.base}_other`] : [])])];
}

export function matchesPattern(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  return p.length === k.length && p.every((seg, i) => seg === '*' || seg === k[i]);
}

/** Whether a description (exact or pattern) applies to at least one of the given keys. */
export function describesAny(pattern: string, keys: string[], audiences: string[]): boolean {
  return keys.some((key) => lookupKeys(key, audiences).some((k) => k === pattern || matchesPattern(pattern, k)));
}
